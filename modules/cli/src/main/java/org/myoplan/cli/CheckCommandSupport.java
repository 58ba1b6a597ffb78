package org.myoplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import org.myoplan.dosing.PlanCheck;
import org.myoplan.dosing.json.FindingsJsonWriter;
import org.myoplan.dosing.json.PlanInputException;
import org.myoplan.dosing.json.PlanJsonReader;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.model.Plan;

/**
 * What the command line's check does: read a plan, check it, write the findings. Exit codes: 0 the
 * plan is ready (nothing unacknowledged), 1 findings need attention, 2 the input is invalid.
 */
public final class CheckCommandSupport {

    public static final int READY = 0;
    public static final int NEEDS_ATTENTION = 1;
    public static final int INVALID_INPUT = 2;

    private final ReferenceData reference;

    public CheckCommandSupport(ReferenceData reference) {
        this.reference = reference;
    }

    public int run(Reader in, Writer out, PrintWriter err, String inputName) throws IOException {
        Plan document;
        try {
            document = new PlanJsonReader().read(in);
        } catch (PlanInputException e) {
            e.problems().forEach(problem -> err.println(inputName + ": " + problem));
            err.flush();
            return INVALID_INPUT;
        }
        PlanCheck check = PlanCheck.of(document, reference);
        new FindingsJsonWriter().write(check.facts(), check.review(), out);
        out.flush();
        return check.isReady() ? READY : NEEDS_ATTENTION;
    }
}
