package org.myoplan.history;

import java.nio.file.Path;

/** Another Myoplan: opens the history, says so, and keeps it open until its input closes or it is killed. */
public final class HoldOpenMain {

    private HoldOpenMain() {
    }

    public static void main(String[] args) throws Exception {
        HistoryDatabase history = HistoryDatabase.open(HistorySettings.inDirectory(Path.of(args[0])));
        System.out.println("open");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the test to close our input
        }
        history.closeWithoutBackup();
    }
}
