package org.myoplan.history.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myoplan.history.ChildJvm;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistorySettings;
import org.myoplan.history.StoredSession;

/**
 * Kills a writing Myoplan with SIGKILL 50 times at random moments and checks after each kill that
 * every session whose save had returned is in the database, complete.
 */
class CrashDurabilityTest {

    private static final int KILLS = 50;

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedSaveSurvivesAKill() throws Exception {
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        Set<Long> acknowledged = new HashSet<>();
        int checkedSaves = 0;
        for (int round = 0; round < KILLS; round++) {
            List<Long> ids = killWhileWriting(50 + random.nextInt(351));
            acknowledged.addAll(ids);
            checkedSaves += ids.size();
            assertAllPresent(acknowledged, round);
        }
        assertTrue(checkedSaves > KILLS, "the writer should have saved sessions before being killed, saved "
                + checkedSaves);
    }

    /** Starts the writer, kills it {@code delayMillis} after it is ready, returns the ids it acknowledged. */
    private List<Long> killWhileWriting(int delayMillis) throws Exception {
        Path errors = Files.createTempFile(directory, "crash-writer", ".txt"); // JUnit removes it with the directory
        Process writer = ChildJvm.start(CrashWriterMain.class, directory, errors);
        List<Long> ids = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(writer, ids, ready), "crash-writer-output");
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ready.await(50, TimeUnit.MILLISECONDS)) {
            if (!writer.isAlive() || System.nanoTime() > deadline) {
                writer.destroyForcibly();
                fail("the writer did not open the database: " + Files.readString(errors));
            }
        }
        Thread.sleep(delayMillis);
        writer.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close
        writer.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        Files.deleteIfExists(errors);
        return ids;
    }

    /** Ids count only once their whole line arrived: a line cut by the kill is not an acknowledgement. */
    private static void read(Process writer, List<Long> ids, CountDownLatch ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(CrashWriterMain.READY)) {
                    ready.countDown();
                } else if (!line.isBlank()) {
                    ids.add(Long.parseLong(line.strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the stream ends abruptly at the kill; a torn last line was never acknowledged
        }
    }

    private void assertAllPresent(Set<Long> acknowledged, int round) {
        HistoryDatabase history = HistoryDatabase.open(HistorySettings.inDirectory(directory));
        try {
            Set<Long> stored = new HashSet<>();
            for (StoredSession session : history.sessions().history(CrashWriterMain.PATIENT)) {
                stored.add(session.id());
                int targets = session.session().targets().size();
                assertTrue(targets >= 1 && targets <= 10, "session " + session.id() + " lost targets: " + targets);
                assertEquals(2, session.acknowledgements().size(), "session " + session.id() + " lost warnings");
            }
            Set<Long> missing = new HashSet<>(acknowledged);
            missing.removeAll(stored);
            assertTrue(missing.isEmpty(), "after kill " + (round + 1) + " acknowledged sessions are missing: "
                    + missing);
        } finally {
            history.closeWithoutBackup(); // the backup on close is not what is tested here
        }
    }
}
