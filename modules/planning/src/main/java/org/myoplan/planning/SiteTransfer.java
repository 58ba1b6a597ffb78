package org.myoplan.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Session;
import org.myoplan.model.Target;

/**
 * Moves injection sites from one atlas's muscles to another's, so that a site placed at a third of the
 * way up the front of the biceps stays a third of the way up the front of the biceps when the atlas
 * changes. Each site is described in its muscle's own frame on the old atlas (along the long axis,
 * around it, out from it: {@link MuscleFrame}) and put at the nearest surface point of the same place
 * on the new atlas's muscle. A muscle whose mesh did not change keeps its sites exactly; a muscle the
 * new atlas lacks keeps them where they were.
 */
public final class SiteTransfer {

    private final Atlas from;
    private final Atlas to;
    private final Map<Mesh, MuscleFrame> frames = new IdentityHashMap<>();

    public SiteTransfer(Atlas from, Atlas to) {
        this.from = from;
        this.to = to;
    }

    /** The session with every target's sites moved onto the new atlas. */
    public Session transfer(Session session) {
        if (from == to) {
            return session;
        }
        return session.withTargets(session.targets().stream().map(this::transfer).toList());
    }

    /** The target with its sites moved onto the new atlas. */
    public Target transfer(Target target) {
        if (from == to || target.injectionPoints().isEmpty()) {
            return target;
        }
        List<Muscle> muscles = from.resolve(target.muscleId(), target.side());
        List<InjectionPoint> moved = new ArrayList<>();
        for (InjectionPoint point : target.injectionPoints()) {
            moved.add(nearest(muscles, point).map(muscle -> transfer(point, muscle)).orElse(point));
        }
        return target.withInjectionPoints(moved);
    }

    /** A site on {@code muscle} of the old atlas, placed on the same muscle of the new one. */
    InjectionPoint transfer(InjectionPoint point, Muscle muscle) {
        Optional<Muscle> target = to.muscle(muscle.key());
        if (target.isEmpty() || target.get().mesh() == muscle.mesh()) {
            return point;
        }
        MuscleFrame.Place place = frameOf(muscle.mesh()).place(vec(point));
        Vec3 placed = frameOf(target.get().mesh()).point(place);
        return new InjectionPoint(placed.x(), placed.y(), placed.z());
    }

    /** Of a group's muscles (hip adductors), the one whose surface the site lies on. */
    private Optional<Muscle> nearest(List<Muscle> muscles, InjectionPoint point) {
        if (muscles.size() <= 1) {
            return muscles.stream().findFirst();
        }
        Vec3 at = vec(point);
        return muscles.stream().min(Comparator.comparingDouble(m -> frameOf(m.mesh()).distanceToSurface(at)));
    }

    private MuscleFrame frameOf(Mesh mesh) {
        return frames.computeIfAbsent(mesh, MuscleFrame::new);
    }

    private static Vec3 vec(InjectionPoint point) {
        return new Vec3(point.x(), point.y(), point.z());
    }
}
