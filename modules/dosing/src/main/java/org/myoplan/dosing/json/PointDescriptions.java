package org.myoplan.dosing.json;

import java.util.Optional;
import org.myoplan.model.InjectionPoint;
import org.myoplan.model.Target;

/** Injection points described in words on an atlas, for the check's JSON; made where the atlas is. */
public interface PointDescriptions {

    /** The atlas the descriptions are measured on, as its provenance says ("Myoplan's built-in schematic atlas"). */
    String atlas();

    /** The point of this target in words; empty when the atlas has no landmark line near it. */
    Optional<DescribedPoint> describe(Target target, InjectionPoint point);
}
