package org.myoplan.dosing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.myoplan.dosing.Dilution;
import org.myoplan.dosing.reference.Source;

/**
 * The reconstitution: a diluent volume is needed to know the volume per site; a vial size the product
 * does not come in, or a dilution the label does not list, is pointed out; and the vials must hold the
 * units planned.
 */
final class DilutionRule implements DosingRule {

    static final String ID = "dilution";
    static final String SUPPLY_ID = "vial-supply";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        var session = plan.session();
        List<Finding> findings = new ArrayList<>();
        if (!plan.reference().vialSizes(session.product()).contains(session.vialUnits())) {
            findings.add(Finding.warning(ID, session.product().brand() + " does not come in " + session.vialUnits()
                    + " U vials (known sizes: " + plan.reference().vialSizes(session.product()) + " U)",
                    Source.rule("Vial sizes of the product (reference products.csv)")).scoped("vialUnits"));
        }
        if (plan.dilution().isEmpty()) {
            findings.add(Finding.blocking(ID,
                    "Enter the diluent volume (mL) to know the units per 0.1 mL and the volume per site",
                    Source.rule("units per 0.1 mL = vial units / diluent mL x 0.1"), false).scoped("diluentMl"));
            return findings;
        }
        Dilution dilution = plan.dilution().get();
        if (plan.reference().labelDilution(session.product(), session.vialUnits(), session.diluentMl()).isEmpty()) {
            findings.add(Finding.info(ID, session.vialUnits() + " U in " + PlanFacts.number(session.diluentMl())
                    + " mL gives " + PlanFacts.number(dilution.unitsPerTenthMl())
                    + " U per 0.1 mL, a dilution the label tables do not list",
                    Source.rule("units per 0.1 mL = vial units / diluent mL x 0.1")).scoped("label-dilution"));
        }
        BigDecimal available = BigDecimal.valueOf((long) session.vialUnits() * Math.max(0, session.vials()));
        if (plan.sessionUnits().compareTo(available) > 0) {
            findings.add(Finding.warning(SUPPLY_ID, "The plan needs " + PlanFacts.units(plan.sessionUnits()) + " but "
                    + PlanFacts.count(session.vials(), "vial", "vials") + " of " + session.vialUnits() + " U "
                    + (session.vials() == 1 ? "holds " : "hold ") + PlanFacts.units(available),
                    Source.rule("Vials x vial units")));
        }
        return findings;
    }
}
