package org.myoplan.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.sites.PointDescription;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Side;

class SiteGuideLengthsTest {

    @Test
    void aMeasuredArmChangesAnArmPointsCentimetresButNotItsPercent() {
        Atlas atlas = Atlas.loadDefault();
        SiteGuide guide = SiteGuide.of(atlas);
        Vec3 c = atlas.find("biceps_brachii", Side.RIGHT).orElseThrow().centre();
        InjectionPoint point = new InjectionPoint(c.x(), c.y(), c.z() + 0.025);
        PointDescription onAtlas = guide.describe(point, Side.RIGHT).orElseThrow();
        assertEquals("arm", onAtlas.line().id(), onAtlas.text());
        LimbLengths measured = LimbLengths.NONE.withArm(BigDecimal.valueOf(Math.round(onAtlas.lineLengthCm() * 1.5)));

        PointDescription onPatient = guide.describe(point, Side.RIGHT, measured).orElseThrow();

        assertFalse(onAtlas.patientLength());
        assertTrue(onPatient.patientLength());
        assertEquals(onAtlas.percent(), onPatient.percent());
        assertNotEquals(onAtlas.offsets(), onPatient.offsets(), onAtlas.text() + " / " + onPatient.text());
        assertEquals(guide.describeText(point, Side.RIGHT),
                guide.describeText(point, Side.RIGHT, LimbLengths.NONE.withLeg(new BigDecimal("40"))),
                "a leg length does not change an arm point");
        assertEquals(onPatient.text(), guide.describeText(point, Side.RIGHT, measured));
    }
}
