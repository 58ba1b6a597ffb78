package org.myoplan.atlas.geometry;

/** A point or direction in the atlas frame (metres; Y up, Z anterior, X the body's left). */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double f) {
        return new Vec3(x * f, y * f, z * f);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double length() {
        return Math.sqrt(dot(this));
    }

    public Vec3 normalized() {
        double l = length();
        if (l == 0) {
            throw new IllegalArgumentException("a zero vector has no direction");
        }
        return times(1 / l);
    }

    public Vec3 mirroredX() {
        return new Vec3(-x, y, z);
    }

    public double distance(Vec3 o) {
        return minus(o).length();
    }
}
