package org.myoplan.history.ui;

import org.myoplan.history.ui.api.PatientRecords;
import org.openide.util.RequestProcessor;
import org.openide.windows.OnShowing;

/**
 * Opens the patient records at start, so that the database file is created on the first start and a
 * problem with it (in use, damaged) is told at once rather than mid-consultation. It opens once the main
 * window shows, on its own thread: opening H2 and checking the migrations takes most of a second of a
 * processor, which the modules, the main window and the 3D View's first frame need more while they load
 * (on two cores, opening it at the modules' start made the whole start-up wait about that much longer).
 */
@OnShowing
public final class OpenRecordsAtStart implements Runnable {

    @Override
    public void run() {
        RequestProcessor.getDefault().post(PatientRecords::database);
    }
}
