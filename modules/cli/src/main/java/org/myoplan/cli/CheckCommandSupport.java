package org.myoplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.util.function.Supplier;
import org.myoplan.atlas.Atlas;
import org.myoplan.dosing.PlanCheck;
import org.myoplan.dosing.json.FindingsJsonWriter;
import org.myoplan.dosing.json.PlanFile;
import org.myoplan.dosing.json.PlanInputException;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.ReferenceData;

/**
 * What the command line's check does: read a plan, check it, write the findings and the injection points in
 * words. Exit codes: 0 the plan is ready (nothing unacknowledged), 1 findings need attention, 2 the input is
 * invalid. A plan file's points are in the built-in atlas's frame (the file names no other atlas), so they are
 * described on it; the atlas is loaded only when the plan has points.
 */
public final class CheckCommandSupport {

    public static final int READY = 0;
    public static final int NEEDS_ATTENTION = 1;
    public static final int INVALID_INPUT = 2;

    private final ReferenceData reference;
    private final Supplier<Atlas> atlas;

    /** Describes the points on the built-in atlas. */
    public CheckCommandSupport(ReferenceData reference) {
        this(reference, Atlas::loadDefault);
    }

    /** @param atlas the atlas the plans' points are placed on, asked for only when a plan has points */
    public CheckCommandSupport(ReferenceData reference, Supplier<Atlas> atlas) {
        this.reference = reference;
        this.atlas = atlas;
    }

    public int run(Reader in, Writer out, PrintWriter err, String inputName) throws IOException {
        PlanFile file;
        try {
            file = new PlanJsonReader().readFile(in);
        } catch (PlanInputException e) {
            e.problems().forEach(problem -> err.println(inputName + ": " + problem));
            err.flush();
            return INVALID_INPUT;
        }
        PlanCheck check = PlanCheck.of(file.plan(), reference);
        boolean hasPoints = file.plan().session().targets().stream().anyMatch(t -> !t.injectionPoints().isEmpty());
        new FindingsJsonWriter().write(check.facts(), check.review(), file.pointDescriptions(),
                hasPoints ? new AtlasPointDescriptions(atlas.get(), file.plan().session().limbLengths()) : null, out);
        out.flush();
        return check.isReady() ? READY : NEEDS_ATTENTION;
    }
}
