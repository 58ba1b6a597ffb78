package org.myoplan.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.myoplan.dosing.PlanCheck;
import org.myoplan.dosing.reference.ReferenceData;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.PlanFacts;
import org.myoplan.dosing.rules.PlanReview;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Patient;
import org.myoplan.model.Plan;
import org.myoplan.model.Session;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * A plan being edited: the patient, their earlier sessions, and the plan's current state, re-checked
 * after every change so the findings are never stale. Each change is reported to the listeners with
 * the state before and after it, which is all an undo needs. Not thread-safe: the editor uses it on
 * the event thread.
 */
public final class SessionDraft {

    /** Hears every change: the state before and after, and whether it was an undo or redo putting a state back. */
    @FunctionalInterface
    public interface Listener {
        void changed(PlanState before, PlanState after, boolean restored);
    }

    private final Patient patient;
    private final List<Session> earlierSessions;
    private final ReferenceData reference;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private PlanState state;
    /** Derived from the state once per change: the table asks for them for every cell it paints. */
    private PlanFacts facts;
    private PlanReview review;

    public SessionDraft(Patient patient, List<Session> earlierSessions, ReferenceData reference, PlanState initial) {
        this.patient = Objects.requireNonNull(patient, "patient");
        this.earlierSessions = List.copyOf(earlierSessions);
        this.reference = Objects.requireNonNull(reference, "reference");
        set(initial);
    }

    public Patient patient() {
        return patient;
    }

    /** The patient's other sessions, which the interval and cumulative rules look at. */
    public List<Session> earlierSessions() {
        return earlierSessions;
    }

    public ReferenceData reference() {
        return reference;
    }

    public PlanState state() {
        return state;
    }

    public Session session() {
        return state.session();
    }

    public List<Target> targets() {
        return state.session().targets();
    }

    /** The facts the rules see, for totals and colours that must agree with the findings. */
    public PlanFacts facts() {
        return facts;
    }

    public List<Finding> findings() {
        return review.findings();
    }

    /** Warnings and blocks nobody has acknowledged yet. */
    public List<Finding> unresolved() {
        return review.unresolved();
    }

    public Optional<Acknowledgement> acknowledgementOf(Finding finding) {
        return review.acknowledgementOf(finding);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Changes the session (header or targets); a change that leaves it equal is no change. */
    public void edit(UnaryOperator<Session> change) {
        Session changed = change.apply(state.session());
        if (!changed.equals(state.session())) {
            change(state.withSession(changed));
        }
    }

    public void addTarget(Target target) {
        edit(s -> s.withTargets(with(s.targets(), target)));
    }

    public void replaceTarget(int index, Target target) {
        edit(s -> {
            List<Target> targets = new ArrayList<>(s.targets());
            targets.set(index, target);
            return s.withTargets(targets);
        });
    }

    public void removeTarget(int index) {
        removeTargets(List.of(index));
    }

    /** Removes the targets at these rows in one change (one undo step), whatever their order. */
    public void removeTargets(Collection<Integer> indexes) {
        edit(s -> {
            List<Target> targets = new ArrayList<>();
            for (int i = 0; i < s.targets().size(); i++) {
                if (!indexes.contains(i)) {
                    targets.add(s.targets().get(i));
                }
            }
            return s.withTargets(targets);
        });
    }

    /**
     * Adds the targets of an earlier session that this plan does not have yet (muscle and side), with
     * their sites, guidance and points. Their doses come along only when both sessions use the same
     * product: units of different products are never converted, so the doses are left for the
     * clinician ("dose needed", which the dose check asks for). Answers whether the doses were left out.
     */
    public boolean copyForward(Session earlier) {
        boolean sameProduct = earlier.product() == session().product();
        edit(s -> {
            List<Target> merged = new ArrayList<>(s.targets());
            for (Target t : earlier.targets()) {
                if (merged.stream().noneMatch(m -> m.muscleId().equals(t.muscleId()) && m.side() == t.side())) {
                    merged.add(sameProduct ? t : t.withUnits(null));
                }
            }
            return s.withTargets(merged);
        });
        return !sameProduct;
    }

    /** Whether the plan already has this muscle on this side (a muscle is planned once per side). */
    public boolean hasTarget(String muscleId, Side side) {
        return targets().stream().anyMatch(t -> t.muscleId().equals(muscleId) && t.side() == side);
    }

    /**
     * Keeps the clinician's decision to go ahead despite a finding, with the reason; a blocking finding
     * is overridden (when it can be). Throws IllegalArgumentException with a message for the clinician.
     */
    public void acknowledge(Finding finding, String reason, String clinician) {
        PlanReview trial = new PlanReview(state.acknowledgements());
        trial.update(review.findings());
        trial.override(finding, reason, clinician, Instant.now());
        change(new PlanState(state.session(), trial.acknowledgements()));
    }

    /** Puts back an earlier state (undo, redo): listeners hear of it as restored, not as a new edit. */
    public void restore(PlanState earlier) {
        PlanState before = state;
        set(earlier);
        listeners.forEach(l -> l.changed(before, earlier, true));
    }

    private void change(PlanState after) {
        PlanState before = state;
        set(after);
        listeners.forEach(l -> l.changed(before, after, false));
    }

    private void set(PlanState newState) {
        state = Objects.requireNonNull(newState, "state");
        PlanCheck check = PlanCheck.of(new Plan(patient, earlierSessions, state.session(), state.acknowledgements()),
                reference);
        facts = check.facts();
        review = check.review();
    }

    private static List<Target> with(List<Target> targets, Target added) {
        List<Target> result = new ArrayList<>(targets);
        result.add(added);
        return result;
    }
}
