package org.myoplan.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.geometry.Vec3;

class RayPickerTest {

    private static Atlas atlas;
    private static RayPicker picker;

    @BeforeAll
    static void load() {
        atlas = Atlas.loadDefault();
        picker = new RayPicker(atlas);
    }

    /** A ray through each muscle's centre, with only that muscle shown, picks that muscle. */
    @Test
    void aRayThroughAMusclesCentrePicksIt() {
        List<String> missed = new ArrayList<>();
        for (Muscle muscle : atlas.muscles()) {
            Vec3 centre = muscle.centre();
            Vec3 origin = centre.plus(new Vec3(0, 0, 2));
            Optional<RayPicker.Hit> hit = picker.pick(origin, centre.minus(origin), m -> m == muscle, false);
            if (hit.isEmpty() || !hit.get().muscle().orElseThrow().equals(muscle)) {
                // a curved or flat muscle may not cover its box centre from the front: try from the side
                Vec3 side = centre.plus(new Vec3(muscle.side() == Side.LEFT ? 2 : -2, 0, 0));
                hit = picker.pick(side, centre.minus(side), m -> m == muscle, false);
            }
            if (hit.isEmpty()) {
                missed.add(muscle.key());
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void fromTheFrontTheSuperficialMuscleIsPickedNotTheDeepOne() {
        Muscle biceps = atlas.find("biceps_brachii", Side.LEFT).orElseThrow();
        Vec3 centre = biceps.centre();
        Vec3 origin = centre.plus(new Vec3(0, 0, 2));
        RayPicker.Hit hit = picker.pick(origin, centre.minus(origin), m -> true, true).orElseThrow();
        assertEquals("biceps_brachii.left", hit.muscle().orElseThrow().key());
        assertTrue(hit.point().z() > centre.z(), "the front surface");
        // hide the biceps: the ray goes on to the brachialis or the humerus
        RayPicker.Hit behind = picker.pick(origin, centre.minus(origin), m -> m != biceps, true).orElseThrow();
        assertTrue(behind.muscle().map(m -> !m.equals(biceps)).orElse(true));
    }

    @Test
    void aSurfacePointOnAGivenMuscle() {
        Muscle soleus = atlas.find("soleus", Side.RIGHT).orElseThrow();
        Vec3 centre = soleus.centre();
        Vec3 origin = centre.plus(new Vec3(0, 0, -2));
        Vec3 point = picker.surfacePoint(soleus, origin, centre.minus(origin)).orElseThrow();
        assertTrue(point.z() < centre.z() && point.distance(centre) < 0.06, "on the back of the soleus: " + point);
    }

    @Test
    void aRayPastTheBodyHitsNothing() {
        assertTrue(picker.pick(new Vec3(3, 1, 2), new Vec3(0, 0, -1), m -> true, true).isEmpty());
    }
}
