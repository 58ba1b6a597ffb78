package org.myoplan.planning;

import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.geometry.Triangles;
import org.myoplan.atlas.geometry.Vec3;

/**
 * A muscle's own frame, which two atlases' meshes of one muscle share although their shapes and places
 * differ: its long axis (the principal axis of its vertices, pointing up the body), slices across it
 * with their centres and mean radii, and a direction "around" it that starts at the front. A point is
 * described as how far along the muscle it lies (0 at the lower end, 1 at the upper), at which angle
 * around the axis, and how far out relative to the muscle's thickness there; and placed back, on another
 * mesh, at the nearest point of its surface.
 */
final class MuscleFrame {

    /** Slices across the long axis: enough to follow a curved muscle, few enough that each has vertices. */
    private static final int SLICES = 24;
    private static final Vec3 UP = new Vec3(0, 1, 0);
    private static final Vec3 FRONT = new Vec3(0, 0, 1);
    private static final Vec3 SIDEWAYS = new Vec3(1, 0, 0);

    /** Where a point lies on a muscle, whatever the mesh: along its axis, around it, and out from it. */
    record Place(double along, double around, double out) {
    }

    private final Mesh mesh;
    private final Vec3 axis;
    private final Vec3 front;
    private final Vec3 left;
    private final double low;
    private final double high;
    private final Vec3[] centres = new Vec3[SLICES];
    private final double[] radii = new double[SLICES];

    MuscleFrame(Mesh mesh) {
        if (mesh.vertexCount() < 4 || mesh.triangleCount() == 0) {
            throw new IllegalArgumentException("a muscle's mesh needs at least a tetrahedron");
        }
        this.mesh = mesh;
        Vec3 mean = mean(mesh);
        this.axis = longAxis(mesh, mean);
        Vec3 ahead = FRONT.minus(axis.times(FRONT.dot(axis)));
        this.front = (ahead.length() > 1e-6 ? ahead : SIDEWAYS.minus(axis.times(SIDEWAYS.dot(axis)))).normalized();
        this.left = axis.cross(front);
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (int v = 0; v < mesh.vertexCount(); v++) {
            double a = vertex(v).dot(axis);
            min = Math.min(min, a);
            max = Math.max(max, a);
        }
        this.low = min;
        this.high = max > min ? max : min + 1e-9;
        slice();
    }

    /** Where {@code point} lies on this muscle. */
    Place place(Vec3 point) {
        double along = clamp((point.dot(axis) - low) / (high - low));
        Vec3 across = across(point.minus(centreAt(along)));
        double around = Math.atan2(across.dot(left), across.dot(front));
        return new Place(along, around, across.length() / radiusAt(along));
    }

    /** The point of this muscle's surface nearest to where {@code place} lies on it. */
    Vec3 point(Place place) {
        double along = clamp(place.along());
        Vec3 direction = front.times(Math.cos(place.around())).plus(left.times(Math.sin(place.around())));
        Vec3 guess = centreAt(along).plus(direction.times(place.out() * radiusAt(along)));
        return nearestSurfacePoint(guess);
    }

    /** How far along the axis a point lies, 0 to 1 (for checking a transfer). */
    double along(Vec3 point) {
        return clamp((point.dot(axis) - low) / (high - low));
    }

    /** The distance from a point to this mesh's surface (for checking that a point lies on it). */
    double distanceToSurface(Vec3 point) {
        return nearestSurfacePoint(point).distance(point);
    }

    private Vec3 across(Vec3 offset) {
        return offset.minus(axis.times(offset.dot(axis)));
    }

    /** Each slice's centre and mean radius; a slice without vertices borrows its nearest neighbour's. */
    private void slice() {
        Vec3[] sums = new Vec3[SLICES];
        int[] counts = new int[SLICES];
        for (int v = 0; v < mesh.vertexCount(); v++) {
            int s = sliceOf(vertex(v));
            sums[s] = sums[s] == null ? vertex(v) : sums[s].plus(vertex(v));
            counts[s]++;
        }
        for (int s = 0; s < SLICES; s++) {
            centres[s] = counts[s] == 0 ? null : sums[s].times(1.0 / counts[s]);
        }
        fillGaps(centres);
        double[] radiusSums = new double[SLICES];
        for (int v = 0; v < mesh.vertexCount(); v++) {
            int s = sliceOf(vertex(v));
            radiusSums[s] += across(vertex(v).minus(centres[s])).length();
        }
        for (int s = 0; s < SLICES; s++) {
            radii[s] = counts[s] == 0 ? 0 : radiusSums[s] / counts[s];
        }
        double fallback = 0;
        for (double r : radii) {
            fallback = Math.max(fallback, r);
        }
        for (int s = 0; s < SLICES; s++) {
            radii[s] = radii[s] > 1e-9 ? radii[s] : Math.max(fallback, 1e-6);
        }
    }

    private int sliceOf(Vec3 point) {
        return (int) Math.min(SLICES - 1, Math.floor(along(point) * SLICES));
    }

    private static void fillGaps(Vec3[] values) {
        for (int s = 0; s < values.length; s++) {
            if (values[s] == null) {
                for (int d = 1; d < values.length && values[s] == null; d++) {
                    values[s] = s - d >= 0 && values[s - d] != null ? values[s - d]
                            : s + d < values.length ? values[s + d] : null;
                }
            }
        }
    }

    /** The axis's centre at a fraction of the length, between the slices' centres. */
    private Vec3 centreAt(double along) {
        double position = along * SLICES - 0.5;
        int below = (int) Math.max(0, Math.min(SLICES - 1, Math.floor(position)));
        int above = Math.min(SLICES - 1, below + 1);
        double t = clamp(position - below);
        Vec3 centre = centres[below].times(1 - t).plus(centres[above].times(t));
        // the slice centres sit at their own heights: put the centre at the asked height along the axis
        double wanted = low + along * (high - low);
        return centre.plus(axis.times(wanted - centre.dot(axis)));
    }

    private double radiusAt(double along) {
        double position = along * SLICES - 0.5;
        int below = (int) Math.max(0, Math.min(SLICES - 1, Math.floor(position)));
        int above = Math.min(SLICES - 1, below + 1);
        double t = clamp(position - below);
        return radii[below] * (1 - t) + radii[above] * t;
    }

    private Vec3 nearestSurfacePoint(Vec3 point) {
        Vec3 best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int t = 0; t < mesh.triangleCount(); t++) {
            Vec3 candidate = Triangles.closestPoint(point, vertex(mesh.corner(t, 0)), vertex(mesh.corner(t, 1)),
                    vertex(mesh.corner(t, 2)));
            double distance = candidate.distance(point);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    private Vec3 vertex(int v) {
        return new Vec3(mesh.x(v), mesh.y(v), mesh.z(v));
    }

    private static Vec3 mean(Mesh mesh) {
        double x = 0, y = 0, z = 0;
        for (int v = 0; v < mesh.vertexCount(); v++) {
            x += mesh.x(v);
            y += mesh.y(v);
            z += mesh.z(v);
        }
        return new Vec3(x / mesh.vertexCount(), y / mesh.vertexCount(), z / mesh.vertexCount());
    }

    /**
     * The principal axis of the vertices (the covariance's largest eigenvector, by power iteration),
     * pointing up the body; a level muscle's points to the body's left, so both atlases agree.
     */
    private static Vec3 longAxis(Mesh mesh, Vec3 mean) {
        double[][] c = new double[3][3];
        for (int v = 0; v < mesh.vertexCount(); v++) {
            double[] d = {mesh.x(v) - mean.x(), mesh.y(v) - mean.y(), mesh.z(v) - mean.z()};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    c[i][j] += d[i] * d[j];
                }
            }
        }
        Vec3 axis = new Vec3(0.3, 1, 0.2).normalized(); // not orthogonal to any likely axis
        for (int i = 0; i < 100; i++) {
            Vec3 next = new Vec3(c[0][0] * axis.x() + c[0][1] * axis.y() + c[0][2] * axis.z(),
                    c[1][0] * axis.x() + c[1][1] * axis.y() + c[1][2] * axis.z(),
                    c[2][0] * axis.x() + c[2][1] * axis.y() + c[2][2] * axis.z());
            if (next.length() < 1e-18) {
                break;
            }
            axis = next.normalized();
        }
        boolean level = Math.abs(axis.dot(UP)) < 0.3;
        double sign = level ? Math.signum(axis.dot(SIDEWAYS)) : Math.signum(axis.dot(UP));
        return axis.times(sign == 0 ? 1 : sign);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
