package org.myoplan.cli;

import java.util.Map;
import java.util.Optional;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.sites.PointDescriber;
import org.myoplan.atlas.sites.PointDescription;
import org.myoplan.dosing.json.DescribedPoint;
import org.myoplan.dosing.json.PointDescriptions;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Target;

/**
 * A plan's injection points described on an atlas (the one they were placed on), for the check's JSON; their
 * centimetres follow the session's measured limb lengths where it gives them.
 */
final class AtlasPointDescriptions implements PointDescriptions {

    private final Atlas atlas;
    private final PointDescriber describer;
    private final Map<String, Double> lengths;

    AtlasPointDescriptions(Atlas atlas, LimbLengths lengths) {
        this.atlas = atlas;
        this.describer = new PointDescriber(atlas.landmarks());
        this.lengths = lengths.byLine();
    }

    @Override
    public String atlas() {
        return atlas.provenance().description();
    }

    @Override
    public Optional<DescribedPoint> describe(Target target, InjectionPoint point) {
        return describer.describe(new Vec3(point.x(), point.y(), point.z()), target.side(), lengths)
                .map(AtlasPointDescriptions::carried);
    }

    private static DescribedPoint carried(PointDescription d) {
        return new DescribedPoint(d.text(), d.line().id(), d.fromName(), d.toName(), d.percent(), d.offsets().stream()
                .map(o -> new DescribedPoint.Offset(o.direction().word(), o.cm())).toList(), d.patientLength());
    }
}
