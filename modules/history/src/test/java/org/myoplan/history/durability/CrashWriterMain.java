package org.myoplan.history.durability;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.myoplan.history.Fixtures;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistorySettings;
import org.myoplan.model.Product;
import org.myoplan.model.SessionStatus;

/**
 * Saves sessions as fast as it can and prints each session's id only after {@code add} has returned,
 * i.e. after the commit: every printed id is a save the clinician was told had succeeded.
 * The durability test kills this process at a random moment.
 */
public final class CrashWriterMain {

    public static final String READY = "ready";
    public static final String PATIENT = "CRASH-1";

    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        HistoryDatabase history = HistoryDatabase.open(HistorySettings.inDirectory(Path.of(args[0])));
        if (history.patients().findByRecordNumber(PATIENT).isEmpty()) {
            history.patients().save(Fixtures.patient(PATIENT, "Crash Test"), Fixtures.CLINICIAN);
        }
        System.out.println(READY);
        System.out.flush();
        LocalDate day = LocalDate.of(2026, 1, 1);
        // the test kills us within a second; the limit only ends a writer whose test died first
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int i = 0; System.nanoTime() < giveUpAt; i++) {
            long id = history.sessions().add(PATIENT, Fixtures.session(day.plusDays(i % 365),
                    Product.ONABOTULINUMTOXIN_A, SessionStatus.PLANNED, 1 + i % 10), Fixtures.warnings(),
                    Fixtures.CLINICIAN);
            System.out.println(id);
            System.out.flush();
        }
        history.closeWithoutBackup();
    }
}
