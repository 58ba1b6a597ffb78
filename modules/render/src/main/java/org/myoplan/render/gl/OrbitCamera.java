package org.myoplan.render.gl;

import com.jogamp.math.Matrix4f;
import com.jogamp.math.Ray;
import com.jogamp.math.Recti;
import com.jogamp.math.Vec3f;
import com.jogamp.math.Vec4f;
import org.myoplan.render.scene.Scene;

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

    /** Moves closer (factor below 1) or farther (above 1), towards the centre of the view. */
    public void zoom(float factor) {
        if (factor > 0 && Float.isFinite(factor)) {
            distance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance * factor));
        }
    }

    /**
     * Moves closer (factor below 1) or farther (above 1) towards a point of the view (the mouse), so
     * that what lies under it at the target's depth stays under it, as in a map.
     */
    public void zoomTowards(float factor, float x, float y, int width, int height) {
        if (!(factor > 0 && Float.isFinite(factor)) || width <= 0 || height <= 0) {
            return;
        }
        Ray ray = rayThrough(x, y, width, height);
        Vec3f forward = forward();
        float along = ray.dir.dot(forward);
        if (along <= 1e-6f) {
            zoom(factor);
            return;
        }
        // The point under the mouse on the plane through the target, facing the camera.
        float t = new Vec3f(target).minus(ray.orig).dot(forward) / along;
        Vec3f underMouse = new Vec3f(ray.dir).scale(t).add(ray.orig);
        float newDistance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance * factor));
        float applied = newDistance / distance;
        // Off-axis offsets shrink with the distance, so the point keeps its angle from the axis.
        target.add(underMouse.minus(target).scale(1f - applied));
        distance = newDistance;
    }

    /** Slides the target in the view plane by fractions of the visible height. */
    public void pan(float rightFraction, float upFraction) {
        float visibleHeight = 2f * distance * (float) Math.tan(FIELD_OF_VIEW / 2);
        Vec3f forward = forward();
        Vec3f right = right(forward);
        Vec3f up = new Vec3f().cross(right, forward).normalize();
        target.add(right.scale(rightFraction * visibleHeight)).add(up.scale(upFraction * visibleHeight));
    }

    /** Centres the target on a sphere and backs off until the whole sphere fits the view. */
    public void frame(float x, float y, float z, float radius) {
        target.set(x, y, z);
        float halfField = (float) Math.min(FIELD_OF_VIEW / 2, Math.atan(Math.tan(FIELD_OF_VIEW / 2) * aspect));
        distance = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, radius / (float) Math.sin(halfField) * 1.05f));
    }

    /**
     * Keeps the orientation, centres the target on a box and moves to the nearest distance at which
     * every corner lies inside the view with a margin (a fraction of the view on each side), for the
     * view's shape: a standing body fills a tall view, an arm seen from the side a wide one.
     */
    public void fit(Scene.Bounds box, float margin) {
        target.set(box.x(), box.y(), box.z());
        float usable = Math.max(0.1f, 1f - 2f * margin);
        float tanVertical = (float) Math.tan(FIELD_OF_VIEW / 2) * usable;
        float tanHorizontal = tanVertical * aspect;
        Vec3f forward = forward();
        Vec3f right = right(forward);
        Vec3f up = new Vec3f().cross(right, forward).normalize();
        float needed = MIN_DISTANCE;
        for (float[] corner : box.corners()) {
            Vec3f offset = new Vec3f(corner[0], corner[1], corner[2]).minus(target);
            float towardsCamera = -offset.dot(forward);
            needed = Math.max(needed, towardsCamera + Math.abs(offset.dot(right)) / tanHorizontal);
            needed = Math.max(needed, towardsCamera + Math.abs(offset.dot(up)) / tanVertical);
        }
        distance = Math.min(MAX_DISTANCE, needed);
    }

    /**
     * Where a point of the scene appears in a view of this size, in the view's own units (Swing's,
     * top-left origin), with its depth (0 near .. 1 far) as the third value; depth outside 0..1 means
     * the point lies in front of the near or beyond the far plane.
     */
    public float[] project(float x, float y, float z, int width, int height) {
        Matrix4f viewProjection = projectionMatrix().mul(viewMatrix());
        Vec4f clip = viewProjection.mulVec4f(new Vec4f(x, y, z, 1f), new Vec4f());
        float w = clip.w();
        if (w <= 0f) {
            return new float[] {Float.NaN, Float.NaN, -1f};
        }
        float ndcX = clip.x() / w, ndcY = clip.y() / w, ndcZ = clip.z() / w;
        return new float[] {(ndcX + 1f) / 2f * width, (1f - ndcY) / 2f * height, (ndcZ + 1f) / 2f};
    }

    /** The size of one pixel of a view this high, in metres, at the target's depth. */
    public float metresPerPixel(int height) {
        return 2f * distance * (float) Math.tan(FIELD_OF_VIEW / 2) / Math.max(1, height);
    }

    /** The direction the camera looks in. */
    private Vec3f forward() {
        return new Vec3f(target).minus(eye()).normalize();
    }

    private static Vec3f right(Vec3f forward) {
        return new Vec3f().cross(forward, new Vec3f(0, 1, 0)).normalize();
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
