package org.myoplan.atlas.bodyparts3d;

/**
 * How a long import reports its steps and learns that the user cancelled it. Called from the import's
 * own thread; implementations hand the figures to a progress bar.
 */
public interface ImportProgress {

    /** Reports nothing and never cancels: for the command line's quiet mode and tests. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void step(String what, int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The import is at {@code done} of {@code total} units of work, doing {@code what} ("Biceps brachii"). */
    void step(String what, int done, int total);

    /** Whether the user asked to stop; the importer then stops soon and throws CancellationException. */
    boolean cancelled();
}
