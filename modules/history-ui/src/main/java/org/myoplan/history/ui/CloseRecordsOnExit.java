package org.myoplan.history.ui;

import org.myoplan.history.ui.api.PatientRecords;
import org.openide.modules.OnStop;

/** Closes the patient records, with a backup of the local file, when the application exits. */
@OnStop
public final class CloseRecordsOnExit implements Runnable {

    @Override
    public void run() {
        PatientRecords.close();
    }
}
