package org.myoplan.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.myoplan.atlas.Muscle;
import org.myoplan.dosing.input.DoseParser;
import org.myoplan.dosing.patterns.PatternSuggestions;
import org.myoplan.dosing.reference.MuscleRange;
import org.myoplan.model.Guidance;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Side;
import org.myoplan.model.Target;

/**
 * What a clinician does to a plan's targets, whether from the targets table, the toolbar, the 3D View
 * or the Properties window: add muscles or a pattern, remove targets, set a target's units, sites,
 * side, guidance or notes, and place or clear its injection points. Every change goes through the
 * draft, which re-checks the plan and tells its listeners (and so the undo). A value that does not read
 * is refused with the clinician's message and changes nothing. Rows are the draft's target indexes.
 */
public final class TargetChanges {

    /** More sites than any muscle takes: a typo. */
    public static final int MOST_SITES = 20;

    private final SessionDraft draft;
    private final TargetMuscles muscles;

    public TargetChanges(SessionDraft draft, TargetMuscles muscles) {
        this.draft = draft;
        this.muscles = muscles;
    }

    /**
     * Adds the atlas's muscles ("biceps_brachii.left") with no dose yet and the reference's fewest
     * sites, each muscle on its own side. Keys the atlas does not know are passed over (the selection
     * can hold other things). Answers the names of the muscles the plan had already, which stay as
     * they were.
     */
    public List<String> addMuscles(Collection<String> atlasKeys) {
        List<String> already = new ArrayList<>();
        for (String key : atlasKeys) {
            muscles.muscle(key).ifPresent(muscle -> {
                if (draft.hasTarget(muscle.id(), muscle.side())) {
                    already.add(muscle.label());
                } else {
                    draft.addTarget(Target.doseNeeded(muscle.id(), muscle.side(), startingSites(muscle)));
                }
            });
        }
        return already;
    }

    /**
     * Adds a spasticity pattern's muscles on one side with the guide's starting doses (for the
     * session's product; none for a product the guide does not cover). Answers the names of the
     * pattern's muscles the plan had already, which keep their own doses.
     */
    public List<String> addPattern(String pattern, Side side) {
        List<String> already = new ArrayList<>();
        for (PatternSuggestions.Suggestion s : patterns().suggest(pattern, draft.session().product())) {
            if (draft.hasTarget(s.muscleId(), side)) {
                already.add(s.muscleName());
            } else {
                draft.addTarget(s.target(side));
            }
        }
        return already;
    }

    /** The spasticity patterns a clinician can add, in the guide's order. */
    public List<String> patternNames() {
        return patterns().patterns();
    }

    /** Removes the targets at these rows in one change, which one undo brings back. */
    public void remove(Collection<Integer> rows) {
        draft.removeTargets(rows);
    }

    /** The units as typed in this locale ("7,5" in German); empty, or why they do not read. */
    public Optional<String> setUnits(int row, String typed, Locale locale) {
        DoseParser.Result units = DoseParser.parseUnits(typed, locale);
        if (!units.ok()) {
            return Optional.of(units.problem());
        }
        change(row, t -> t.withUnits(units.value()));
        return Optional.empty();
    }

    /** A whole number of sites from 1 to {@link #MOST_SITES}; empty, or why not (null: nothing read). */
    public Optional<String> setSites(int row, Integer sites) {
        if (sites == null || sites < 1 || sites > MOST_SITES) {
            return Optional.of("Sites must be a whole number from 1 to " + MOST_SITES);
        }
        change(row, t -> t.withSites(sites));
        return Optional.empty();
    }

    /** Moves the target to the other side; its injection points were on this side's muscle, so they go. */
    public void setSide(int row, Side side) {
        if (side != null && side != draft.targets().get(row).side()) {
            change(row, t -> t.withSide(side));
        }
    }

    public void setGuidance(int row, Guidance guidance) {
        if (guidance != null) {
            change(row, t -> t.withGuidance(guidance));
        }
    }

    /** The notes for the therapist, without the spaces around them. */
    public void setNotes(int row, String notes) {
        change(row, t -> t.withNotes(notes == null ? "" : notes.strip()));
    }

    /** One more injection point on the target, after those placed before. */
    public void addPoint(int row, InjectionPoint point) {
        change(row, t -> {
            List<InjectionPoint> points = new ArrayList<>(t.injectionPoints());
            points.add(point);
            return t.withInjectionPoints(points);
        });
    }

    /**
     * Adds suggested sites to the target's injection points in one step (one undo brings the target back),
     * leaving out those it already has, and sets its number of sites to its number of points. Empty, or
     * why nothing was done.
     */
    public Optional<String> usePoints(int row, List<InjectionPoint> suggested) {
        Target target = draft.targets().get(row);
        List<InjectionPoint> points = new ArrayList<>(target.injectionPoints());
        suggested.stream().filter(p -> !points.contains(p)).forEach(points::add);
        if (points.size() == target.injectionPoints().size()) {
            return Optional.of("The target already has these injection points");
        }
        if (points.size() > MOST_SITES) {
            return Optional.of("A target has at most " + MOST_SITES + " sites; it would have " + points.size());
        }
        change(row, t -> t.withInjectionPoints(points).withSites(points.size()));
        return Optional.empty();
    }

    public void clearPoints(int row) {
        change(row, t -> t.withInjectionPoints(List.of()));
    }

    /** A change that leaves the target as it was is no change (the draft hears nothing). */
    private void change(int row, UnaryOperator<Target> change) {
        draft.replaceTarget(row, change.apply(draft.targets().get(row)));
    }

    /** The reference's fewest sites for the muscle with the session's product, or one. */
    private int startingSites(Muscle muscle) {
        return draft.reference().range(draft.session().product(), draft.facts().population(), muscle.id())
                .map(MuscleRange::sitesMin).filter(s -> s != null && s >= 1).orElse(1);
    }

    private PatternSuggestions patterns() {
        return new PatternSuggestions(draft.reference());
    }
}
