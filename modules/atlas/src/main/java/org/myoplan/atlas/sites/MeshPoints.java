package org.myoplan.atlas.sites;

import java.util.List;
import java.util.Optional;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Triangles;
import org.myoplan.atlas.geometry.Vec3;

/**
 * Nearest points and ray hits on closed meshes, by brute force: a site is placed a few times per muscle
 * shown, on meshes of a few thousand triangles, so no search structure pays for itself here.
 */
final class MeshPoints {

    /** The point of a surface nearest to a point, and the outward normal of the triangle it lies on. */
    record Nearest(Vec3 point, Vec3 normal, double distance) {
    }

    private MeshPoints() {
    }

    /** The point nearest to {@code p} on any of the meshes; empty if they have no triangle. */
    static Optional<Nearest> nearest(List<Mesh> meshes, Vec3 p) {
        Nearest best = null;
        for (Mesh mesh : meshes) {
            for (int t = 0; t < mesh.triangleCount(); t++) {
                Vec3 a = corner(mesh, t, 0), b = corner(mesh, t, 1), c = corner(mesh, t, 2);
                Vec3 q = Triangles.closestPoint(p, a, b, c);
                double d = q.distance(p);
                if (best == null || d < best.distance()) {
                    best = new Nearest(q, normal(a, b, c), d);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first point where a ray from {@code origin} meets the mesh, beyond a hair's breadth; both faces count. */
    static Optional<Vec3> firstHit(Mesh mesh, Vec3 origin, Vec3 direction) {
        double best = Double.POSITIVE_INFINITY;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            double d = intersect(origin, direction, corner(mesh, t, 0), corner(mesh, t, 1), corner(mesh, t, 2));
            if (d > 1e-5 && d < best) {
                best = d;
            }
        }
        return best == Double.POSITIVE_INFINITY ? Optional.empty() : Optional.of(origin.plus(direction.times(best)));
    }

    private static Vec3 corner(Mesh mesh, int triangle, int corner) {
        int v = mesh.corner(triangle, corner);
        return new Vec3(mesh.x(v), mesh.y(v), mesh.z(v));
    }

    /** Counter-clockwise from outside, so the cross product points out; a degenerate triangle has none. */
    private static Vec3 normal(Vec3 a, Vec3 b, Vec3 c) {
        Vec3 n = b.minus(a).cross(c.minus(a));
        return n.length() == 0 ? Vec3.ZERO : n.normalized();
    }

    /** Möller-Trumbore: the distance along the ray to the triangle, or infinity. */
    private static double intersect(Vec3 o, Vec3 d, Vec3 a, Vec3 b, Vec3 c) {
        Vec3 e1 = b.minus(a), e2 = c.minus(a);
        Vec3 p = d.cross(e2);
        double det = e1.dot(p);
        if (Math.abs(det) < 1e-15) {
            return Double.POSITIVE_INFINITY;
        }
        Vec3 s = o.minus(a);
        double u = s.dot(p) / det;
        if (u < 0 || u > 1) {
            return Double.POSITIVE_INFINITY;
        }
        Vec3 q = s.cross(e1);
        double v = d.dot(q) / det;
        if (v < 0 || u + v > 1) {
            return Double.POSITIVE_INFINITY;
        }
        double t = e2.dot(q) / det;
        return t > 0 ? t : Double.POSITIVE_INFINITY;
    }
}
