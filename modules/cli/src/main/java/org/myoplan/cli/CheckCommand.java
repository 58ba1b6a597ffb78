package org.myoplan.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.myoplan.dosing.reference.ClinicProtocol;
import org.myoplan.dosing.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** myoplan check PLAN.json: the application's dosing rules over a plan file; findings as JSON. */
@Command(name = "check",
        description =
                {"Checks a plan (patient, earlier sessions, session, targets) against the dosing rules and prints "
                    + "the findings as JSON.",
            "Schema: docs/plan-json.md. Exit codes: 0 ready, 1 findings need attention, 2 invalid input."},
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "The plan file (JSON), or - for standard input.")
    private String plan;

    @Option(names = "--protocol", paramLabel = "CSV",
            description =
                    "A clinic protocol table that narrows or adds reference ranges (columns of muscle-ranges.csv).")
    private Path protocol;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReferenceData reference = reference(err);
        Writer out = spec.commandLine().getOut();
        if ("-".equals(plan)) {
            return new CheckCommandSupport(reference).run(new InputStreamReader(System.in, StandardCharsets.UTF_8), out,
                    err, "(standard input)");
        }
        Path file = Path.of(plan);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CheckCommandSupport(reference).run(in, out, err, file.toString());
        } catch (NoSuchFileException e) {
            err.println("myoplan check: no such file: " + file);
            return CheckCommandSupport.INVALID_INPUT;
        } catch (CharacterCodingException e) {
            err.println("myoplan check: " + file + " is not a UTF-8 text file");
            return CheckCommandSupport.INVALID_INPUT;
        }
    }

    /** The labels' numbers, narrowed by the clinic's protocol when one is given; its problems go to standard error. */
    private ReferenceData reference(PrintWriter err) {
        ReferenceData labels = ReferenceData.builtIn();
        if (protocol == null) {
            return labels;
        }
        if (!Files.isRegularFile(protocol)) {
            err.println("myoplan check: no protocol file " + protocol + "; checking against the labels only");
            return labels;
        }
        ClinicProtocol clinic = ClinicProtocol.read(protocol, labels);
        clinic.problems().forEach(problem -> err.println("myoplan check: " + problem));
        return clinic.applyTo(labels);
    }
}
