package org.myoplan.atlas.data;

import java.util.List;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Shape;
import org.myoplan.atlas.geometry.TubeBuilder;
import org.myoplan.atlas.geometry.Vec3;

/** One tube of the data file: a path with a shape and size (a muscle head, a bone, a skin part). */
public record TubeSpec(String name, Shape shape, double halfThickness, double halfWidth, Vec3 across, List<Vec3> path) {

    public TubeSpec {
        path = List.copyOf(path);
    }

    public Mesh build(TubeBuilder builder) {
        return builder.build(path, halfWidth, halfThickness, across, shape);
    }
}
