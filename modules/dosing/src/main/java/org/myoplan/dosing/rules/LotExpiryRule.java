package org.myoplan.dosing.rules;

import java.util.List;
import org.myoplan.dosing.reference.Source;
import org.myoplan.model.SessionStatus;

/** An expired lot is never injected; an administered session records its lot and expiry. */
final class LotExpiryRule implements DosingRule {

    static final String ID = "lot-expiry";
    private static final Source SOURCE = Source.rule("Do not use the product after its expiry date (every label)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(PlanFacts plan) {
        var session = plan.session();
        if (session.expiry() != null && session.expiry().isBefore(session.date())) {
            return List.of(Finding.blocking(ID, "Lot " + (session.lot().isEmpty() ? "(no number)" : session.lot())
                    + " expired on " + session.expiry() + ", before the session on " + session.date(), SOURCE, false));
        }
        if (session.status() == SessionStatus.ADMINISTERED && (session.lot().isEmpty() || session.expiry() == null)) {
            return List.of(Finding.warning(ID,
                    "The session is recorded as given but its lot number or expiry is missing",
                    Source.rule("Traceability of the injected product")));
        }
        return List.of();
    }
}
