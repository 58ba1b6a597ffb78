package org.myoplan.history.ui.api;

import java.util.EventListener;

/**
 * Hears of the changes of the patient records, on the event thread, after each change has committed.
 * A window adds itself in {@code componentOpened} and removes itself in {@code componentClosed}
 * ({@link PatientRecords#addListener}), so that a closed window is neither kept nor told.
 */
@FunctionalInterface
public interface RecordsListener extends EventListener {

    void recordsChanged(RecordChange change);
}
