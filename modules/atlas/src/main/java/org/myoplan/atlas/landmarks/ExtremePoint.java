package org.myoplan.atlas.landmarks;

import java.util.Optional;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

/**
 * The extreme rule: the vertex of a mesh furthest in a direction, among the vertices inside the bands of
 * its bounding box. A vertex, so the point lies on the bone's (or muscle's) surface by construction.
 */
final class ExtremePoint {

    private ExtremePoint() {
    }

    static Optional<Vec3> of(Mesh mesh, Rule.Extreme rule, Side side) {
        double outward = side == Side.LEFT ? 1 : -1; // lateral is away from x = 0: +x on the body's left
        Rule.Direction d = rule.direction();
        Vec3 direction = new Vec3(d.lateral() * outward, d.superior(), d.anterior()).normalized();
        float[] box = mesh.bounds();
        int best = -1;
        double furthest = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < mesh.vertexCount(); v++) {
            if (inBands(mesh, v, box, rule, outward) && reach(mesh, v, direction) > furthest) {
                furthest = reach(mesh, v, direction);
                best = v;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new Vec3(mesh.x(best), mesh.y(best), mesh.z(best)));
    }

    private static double reach(Mesh mesh, int v, Vec3 direction) {
        return mesh.x(v) * direction.x() + mesh.y(v) * direction.y() + mesh.z(v) * direction.z();
    }

    private static boolean inBands(Mesh mesh, int v, float[] box, Rule.Extreme rule, double outward) {
        for (Rule.Band band : rule.bands()) {
            double fraction = switch (band.axis()) {
                case "y" -> fraction(mesh.y(v), box[1], box[4]);
                case "z" -> fraction(mesh.z(v), box[2], box[5]);
                case "x" -> fraction(mesh.x(v), box[0], box[3]);
                default -> outward > 0 ? fraction(mesh.x(v), box[0], box[3]) : fraction(-mesh.x(v), -box[3], -box[0]);
            };
            if (fraction < band.from() || fraction > band.to()) {
                return false;
            }
        }
        return true;
    }

    private static double fraction(double value, double min, double max) {
        return max > min ? (value - min) / (max - min) : 0.5;
    }
}
