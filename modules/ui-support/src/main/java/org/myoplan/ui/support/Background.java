package org.myoplan.ui.support;

import java.awt.EventQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.RequestProcessor;

/**
 * Work that must not freeze the windows (reading the records, writing PDFs): it runs on a background
 * thread of its own with a progress bar, and its result, or what went wrong, comes back on the event
 * thread where the caller can show it. One task at a time per instance, in the order given, so a save
 * is never overtaken by a later read of the same records.
 */
public final class Background {

    /** The work itself; it may fail with any exception, which the caller is handed to explain. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** What the clinician sees while the work runs. */
    interface Progress {
        void start();

        void finish();
    }

    private final RequestProcessor worker;
    private final Function<String, Progress> progress;

    /** A runner whose thread is named {@code name} (it shows in thread dumps). */
    public Background(String name) {
        this(name, Background::progressBar);
    }

    Background(String name, Function<String, Progress> progress) {
        this.worker = new RequestProcessor(name, 1);
        this.progress = progress;
    }

    /**
     * Runs {@code work} off the event thread under a progress bar titled {@code title}; then, on the event
     * thread, {@code done} gets its result or {@code failed} gets its exception. The progress bar ends in
     * either case, before {@code done} or {@code failed} runs.
     */
    public <T> void run(String title, Work<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
        worker.post(() -> {
            Progress shown = progress.apply(title);
            shown.start();
            Runnable outcome;
            try {
                T result = work.run();
                outcome = () -> done.accept(result);
            } catch (Exception e) {
                outcome = () -> failed.accept(e);
            } finally {
                shown.finish();
            }
            EventQueue.invokeLater(outcome);
        });
    }

    private static Progress progressBar(String title) {
        ProgressHandle handle = ProgressHandle.createHandle(title);
        return new Progress() {
            @Override
            public void start() {
                handle.start();
            }

            @Override
            public void finish() {
                handle.finish();
            }
        };
    }
}
