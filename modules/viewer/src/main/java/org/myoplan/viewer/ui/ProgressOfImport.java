package org.myoplan.viewer.ui;

import org.myoplan.atlas.bodyparts3d.ImportProgress;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.Cancellable;

/**
 * An import's progress in the status bar, with its Cancel: the importer's steps move the bar, and the
 * user's Cancel is what the importer reads in {@link #cancelled()}.
 */
final class ProgressOfImport implements ImportProgress, Cancellable {

    private final ProgressHandle handle;
    private volatile boolean cancelled;
    private int total;

    ProgressOfImport(String title) {
        handle = ProgressHandle.createHandle(title, this);
    }

    void start() {
        handle.start();
    }

    void finish() {
        handle.finish();
    }

    @Override
    public synchronized void step(String what, int done, int newTotal) {
        if (newTotal <= 0) {
            handle.progress(what);
            return;
        }
        if (newTotal != total) {
            total = newTotal;
            handle.switchToDeterminate(newTotal);
        }
        handle.progress(what, Math.max(0, Math.min(done, newTotal)));
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public boolean cancel() {
        cancelled = true;
        return true;
    }
}
