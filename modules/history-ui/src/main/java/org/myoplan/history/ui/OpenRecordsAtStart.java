package org.myoplan.history.ui;

import org.openide.modules.OnStart;

/**
 * Opens the patient records while the window system loads, so that the database file is created on
 * the first start and a problem with it (in use, damaged) is told at once rather than mid-consultation.
 */
@OnStart
public final class OpenRecordsAtStart implements Runnable {

    @Override
    public void run() {
        PatientRecords.database();
    }
}
