package org.myoplan.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.EventQueue;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    /** Everything that happened, in order, each with whether it ran on the event thread. */
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch over = new CountDownLatch(1);

    private final Background background = new Background("test", title -> new Background.Progress() {
        @Override
        public void start() {
            record("start " + title);
        }

        @Override
        public void finish() {
            record("finish " + title);
        }
    });

    @Test
    void workRunsOffTheEventThreadAndItsResultComesBackOnIt() throws Exception {
        background.run("Reading", () -> {
            record("work");
            return 42;
        }, result -> {
            record("done " + result);
            over.countDown();
        }, e -> over.countDown());
        awaitOver();
        assertEquals(List.of("start Reading off", "work off", "finish Reading off", "done 42 on"), events);
    }

    @Test
    void aFailureComesBackOnTheEventThreadAndTheProgressStillEnds() throws Exception {
        IOException disk = new IOException("disk full");
        Exception[] told = new Exception[1];
        background.run("Writing", () -> {
            record("work");
            throw disk;
        }, result -> record("done"), e -> {
            told[0] = e;
            record("failed " + e.getMessage());
            over.countDown();
        });
        awaitOver();
        assertSame(disk, told[0]);
        assertEquals(List.of("start Writing off", "work off", "finish Writing off", "failed disk full on"), events);
    }

    @Test
    void aRuntimeFailureIsHandedOverToo() throws Exception {
        background.run("Saving", () -> {
            throw new IllegalArgumentException("no such patient");
        }, result -> record("done"), e -> {
            record("failed " + e.getMessage());
            over.countDown();
        });
        awaitOver();
        assertEquals(List.of("start Saving off", "finish Saving off", "failed no such patient on"), events);
    }

    @Test
    void tasksRunOneAfterTheOtherInTheOrderGiven() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        background.run("First", () -> {
            Thread.sleep(50);
            record("first");
            return 1;
        }, r -> both.countDown(), e -> both.countDown());
        background.run("Second", () -> {
            record("second");
            return 2;
        }, r -> both.countDown(), e -> both.countDown());
        assertTrue(both.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("start First off", "first off", "finish First off",
                "start Second off", "second off", "finish Second off"), events);
    }

    @Test
    void aNullResultIsAResultLikeAnyOther() throws Exception {
        boolean[] failed = {false};
        background.run("Nothing", () -> null, r -> {
            record("done " + r);
            over.countDown();
        }, e -> {
            failed[0] = true;
            over.countDown();
        });
        awaitOver();
        assertFalse(failed[0]);
        assertEquals("done null on", events.get(events.size() - 1));
    }

    private void record(String what) {
        events.add(what + (EventQueue.isDispatchThread() ? " on" : " off"));
    }

    private void awaitOver() throws Exception {
        assertTrue(over.await(10, TimeUnit.SECONDS), "nothing came back: " + events);
        EventQueue.invokeAndWait(() -> { }); // whatever the event thread still had queued has run
    }
}
