package org.myoplan.history.ui;

import org.myoplan.history.ui.api.PatientRecords;
import org.openide.modules.OnStart;
import org.openide.util.RequestProcessor;

/**
 * Opens the patient records at start, so that the database file is created on the first start and a
 * problem with it (in use, damaged) is told at once rather than mid-consultation. It opens on its own
 * thread: the platform waits for every @OnStart task before showing the main window, and opening H2
 * and checking the migrations takes most of a second that the window need not wait for.
 */
@OnStart
public final class OpenRecordsAtStart implements Runnable {

    @Override
    public void run() {
        RequestProcessor.getDefault().post(PatientRecords::database);
    }
}
