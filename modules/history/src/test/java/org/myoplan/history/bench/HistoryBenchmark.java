package org.myoplan.history.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.myoplan.history.Fixtures;
import org.myoplan.history.HistoryBackups;
import org.myoplan.history.HistoryDatabase;
import org.myoplan.history.HistorySettings;
import org.myoplan.model.Product;
import org.myoplan.model.SessionStatus;

/**
 * Prints the history's figures on a generated clinic (not a test): patients x 10 sessions, then the
 * median time of a name search, of loading one patient's history and of saving a session with 10 targets.
 * Targets: search 20 ms, history 50 ms, save 30 ms.
 * Run: mvn -f modules/history/pom.xml -Pbenchmark verify [-Dbenchmark.patients=10000]
 */
public final class HistoryBenchmark {

    private static final int SESSIONS_EACH = 10;
    private static final int RUNS = 200;

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int patients = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path directory = Files.createTempDirectory("myoplan-history-bench");
        HistorySettings settings = HistorySettings.inDirectory(directory);
        HistoryDatabase.open(settings).closeWithoutBackup(); // creates the schema
        long start = System.nanoTime();
        generate(directory, patients);
        System.out.printf("generated %d patients x %d sessions (5 targets, 10 injection points each) in %.1f s%n",
                patients, SESSIONS_EACH, (System.nanoTime() - start) / 1e9);

        HistoryDatabase history = HistoryDatabase.open(settings);
        Random random = new Random(7);
        warmUp(history, patients, random);
        // "Müller 123" of "Anna Müller 123", typed without the accent: one hit, after a scan of every name
        report("patient search (\"muller 123\")", 20, measure(i -> history.patients().findByName(
                HistoryGenerator.name(1 + random.nextInt(patients)).split(" ", 2)[1].replace('ü', 'u'))));
        report("patient search (common surname, ~" + patients / HistoryGenerator.SURNAMES.length + " hits)", 20,
                measure(i -> history.patients().findByName("muller")));
        report("history load (10 sessions)", 50, measure(i -> history.sessions().history(
                HistoryGenerator.recordNumber(1 + random.nextInt(patients)))));
        report("save session with 10 targets", 30, measure(i -> history.sessions().add(
                HistoryGenerator.recordNumber(1 + random.nextInt(patients)),
                Fixtures.session(LocalDate.of(2026, 11, 28),
                        Product.ONABOTULINUMTOXIN_A, SessionStatus.PLANNED, 10), Fixtures.warnings(),
                        Fixtures.CLINICIAN)));
        System.out.printf("database file: %.1f MB%n", Files.size(settings.databaseFile()) / 1e6);
        long closeStart = System.nanoTime();
        history.close(); // what the application does at exit: backup, then SHUTDOWN COMPACT
        System.out.printf("close (backup + compaction): %.1f s; database file %.1f MB, backup %.1f MB%n",
                (System.nanoTime() - closeStart) / 1e9, Files.size(settings.databaseFile()) / 1e6,
                HistoryBackups.of(settings).list().get(0).sizeBytes() / 1e6);
        deleteDirectory(directory);
    }

    private static JdbcDataSource dataSource(Path directory) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + directory.resolve(HistorySettings.DATABASE_NAME));
        source.setUser("sa");
        return source;
    }

    private static void deleteDirectory(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void generate(Path directory, int patients) throws Exception {
        try (Connection connection = dataSource(directory).getConnection()) {
            new HistoryGenerator().generate(connection, patients, SESSIONS_EACH);
        }
    }

    private static void warmUp(HistoryDatabase history, int patients, Random random) {
        for (int i = 0; i < 50; i++) {
            history.patients().findByName("weber");
            history.sessions().history(HistoryGenerator.recordNumber(1 + random.nextInt(patients)));
        }
    }

    private static List<Double> measure(IntConsumer operation) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            operation.accept(i);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String what, double targetMillis, List<Double> sorted) {
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) (sorted.size() * 0.95));
        System.out.printf("%-45s median %7.2f ms  p95 %7.2f ms  target %3.0f ms  %s%n", what, median, p95, targetMillis,
                median <= targetMillis ? "OK" : "SLOWER THAN TARGET");
    }
}
