package org.myoplan.render.gl;

import com.jogamp.math.Matrix4f;
import com.jogamp.math.Ray;
import com.jogamp.math.Recti;
import com.jogamp.math.Vec3f;

/**
 * A camera that orbits a target point: yaw around the vertical axis, pitch above the horizon, and a
 * distance. Yaw 0 looks at the front of the body (the camera stands on +Z); the body's left (+X) is
 * seen at yaw +90 degrees. Not thread-safe: used on the event thread and in display().
 */
public final class OrbitCamera {

    /** Just short of straight up or down, where the look-at "up" vector would be undefined. */
    static final float MAX_PITCH = (float) Math.toRadians(89.5);
    private static final float FIELD_OF_VIEW = (float) Math.toRadians(30);
    private static final float MIN_DISTANCE = 0.05f;
    private static final float MAX_DISTANCE = 50f;

    private final Vec3f target = new Vec3f();
    private float yaw;
    private float pitch;
    private float distance = 3f;
    private float aspect = 1f;

    public float yaw() {
        return yaw;
    }

    public float pitch() {
        return pitch;
    }

    public float distance() {
        return distance;
    }

    public Vec3f target() {
        return new Vec3f(target);
    }

    /** Takes another camera's target, orientation and distance. */
    public void copy(OrbitCamera other) {
        target.set(other.target);
        yaw = other.yaw;
        pitch = other.pitch;
        distance = other.distance;
        aspect = other.aspect;
    }

    public void setAspect(int width, int height) {
        aspect = height > 0 ? (float) width / height : 1f;
    }

    public void setOrientation(float yawRadians, float pitchRadians) {
        yaw = normalizeAngle(yawRadians);
        pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitchRadians));
    }

    public void setView(StandardView view) {
        setOrientation(view.yaw(), view.pitch());
    }

    public void orbit(float deltaYaw, float deltaPitch) {
        setOrientation(yaw + deltaYaw, pitch + deltaPitch);
    }

    /** Moves closer (factor below 1) or farther (above 1). */
    public void zoom(float factor) {
        if (factor > 0 && Float.isFinite(factor)) {
            distance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance * factor));
        }
    }

    /** Slides the target in the view plane by fractions of the visible height. */
    public void pan(float rightFraction, float upFraction) {
        float visibleHeight = 2f * distance * (float) Math.tan(FIELD_OF_VIEW / 2);
        Vec3f forward = eye().minus(target).normalize().scale(-1f);
        Vec3f right = new Vec3f().cross(forward, new Vec3f(0, 1, 0)).normalize();
        Vec3f up = new Vec3f().cross(right, forward).normalize();
        target.add(right.scale(rightFraction * visibleHeight)).add(up.scale(upFraction * visibleHeight));
    }

    /** Centres the target on a sphere and backs off until the whole sphere fits the view. */
    public void frame(float x, float y, float z, float radius) {
        target.set(x, y, z);
        distance = Math.max(MIN_DISTANCE, radius / (float) Math.sin(FIELD_OF_VIEW / 2) * 1.05f);
    }

    public Vec3f eye() {
        float cosPitch = (float) Math.cos(pitch);
        return new Vec3f(
                target.x() + distance * (float) Math.sin(yaw) * cosPitch,
                target.y() + distance * (float) Math.sin(pitch),
                target.z() + distance * (float) Math.cos(yaw) * cosPitch);
    }

    public Matrix4f viewMatrix() {
        return new Matrix4f().setToLookAt(eye(), target, new Vec3f(0, 1, 0), new Matrix4f());
    }

    public Matrix4f projectionMatrix() {
        float near = Math.max(0.01f, distance * 0.02f);
        return new Matrix4f().setToPerspective(FIELD_OF_VIEW, aspect, near, distance * 10f);
    }

    /**
     * The ray from the eye through a point of the view, in the view's own units (Swing's, top-left
     * origin): the same fractions of width and height whatever the HiDPI scale.
     */
    public Ray rayThrough(float x, float y, int width, int height) {
        // This form of mapWinToRay takes the inverse of projection x view.
        Matrix4f inverse = projectionMatrix().mul(viewMatrix());
        Ray ray = new Ray();
        if (!inverse.invert()
                || !Matrix4f.mapWinToRay(x, height - y, 0f, 1f, inverse, new Recti(0, 0, width, height), ray)) {
            throw new IllegalStateException("the camera's matrices cannot be inverted");
        }
        ray.dir.normalize();
        return ray;
    }

    private static float normalizeAngle(float radians) {
        double twoPi = 2 * Math.PI;
        double wrapped = radians % twoPi;
        if (wrapped > Math.PI) {
            wrapped -= twoPi;
        } else if (wrapped <= -Math.PI) {
            wrapped += twoPi;
        }
        return (float) wrapped;
    }
}
