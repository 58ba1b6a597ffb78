package org.myoplan.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jogamp.math.Ray;
import com.jogamp.math.Vec3f;
import org.junit.jupiter.api.Test;
import org.myoplan.render.scene.Scene;

class OrbitCameraTest {

    private static final float EPSILON = 1e-4f;

    @Test
    void frontViewLooksAtTheBodyFromPlusZ() {
        OrbitCamera camera = new OrbitCamera();
        camera.frame(0, 1, 0, 1);
        Vec3f eye = camera.eye();
        assertEquals(0, eye.x(), EPSILON);
        assertEquals(1, eye.y(), EPSILON);
        assertTrue(eye.z() > 1, "the camera stands in front of the body");
    }

    @Test
    void yawOfNinetyDegreesSeesTheBodysLeftSide() {
        OrbitCamera camera = new OrbitCamera();
        camera.setOrientation((float) Math.toRadians(90), 0);
        assertTrue(camera.eye().x() > 0, "the body's left is +X");
        assertEquals(0, camera.eye().z(), EPSILON);
    }

    @Test
    void pitchStopsShortOfTheVertical() {
        OrbitCamera camera = new OrbitCamera();
        camera.orbit(0, 10f);
        assertEquals(OrbitCamera.MAX_PITCH, camera.pitch(), EPSILON);
        camera.orbit(0, -20f);
        assertEquals(-OrbitCamera.MAX_PITCH, camera.pitch(), EPSILON);
    }

    @Test
    void yawWrapsIntoOneTurn() {
        OrbitCamera camera = new OrbitCamera();
        camera.orbit((float) (3 * Math.PI), 0);
        assertEquals(Math.PI, Math.abs(camera.yaw()), EPSILON);
    }

    @Test
    void framingFitsTheWholeSphere() {
        OrbitCamera camera = new OrbitCamera();
        camera.frame(0, 0, 0, 1);
        float halfField = (float) Math.toRadians(15);
        assertTrue(camera.distance() * Math.sin(halfField) >= 1f, "the sphere fits the field of view");
    }

    @Test
    void zoomIgnoresNonsenseAndStaysInRange() {
        OrbitCamera camera = new OrbitCamera();
        float before = camera.distance();
        camera.zoom(Float.NaN);
        camera.zoom(-2f);
        assertEquals(before, camera.distance(), EPSILON);
        camera.zoom(1e-9f);
        assertTrue(camera.distance() > 0);
    }

    @Test
    void panMovesTheTargetSidewaysInTheFrontView() {
        OrbitCamera camera = new OrbitCamera();
        camera.frame(0, 0, 0, 1);
        camera.pan(0.5f, 0);
        assertTrue(camera.target().x() > 0, "panning right moves the target to +X in the front view");
        assertEquals(0, camera.target().y(), EPSILON);
    }

    @Test
    void theRayThroughTheCentreOfTheViewHitsTheTarget() {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(800, 600);
        camera.frame(0.1f, 1f, 0f, 0.5f);
        camera.setView(StandardView.LEFT);
        Ray ray = camera.rayThrough(400, 300, 800, 600);
        Vec3f toTarget = camera.target().minus(ray.orig).normalize();
        assertEquals(1f, toTarget.dot(ray.dir), 1e-4f, "the centre ray points at the target");
        assertTrue(ray.dir.x() < -0.99f, "from the body's left the camera looks towards -X");
    }

    @Test
    void theTopOfTheViewLooksUpwards() {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(800, 600);
        camera.frame(0, 1, 0, 1);
        assertTrue(camera.rayThrough(400, 0, 800, 600).dir.y() > 0, "Swing's y grows downwards");
        assertTrue(camera.rayThrough(800, 300, 800, 600).dir.x() > 0, "the right edge of the front view is +X");
    }

    @Test
    void zoomingTowardsTheMouseKeepsThePointUnderIt() {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(800, 600);
        camera.frame(0, 1, 0, 1);
        camera.setOrientation(0.4f, 0.2f);
        // the point under the mouse at (620, 140), on the plane through the target
        Ray ray = camera.rayThrough(620, 140, 800, 600);
        Vec3f forward = camera.target().minus(camera.eye()).normalize();
        float t = camera.target().minus(ray.orig).dot(forward) / ray.dir.dot(forward);
        Vec3f point = new Vec3f(ray.dir).scale(t).add(ray.orig);
        float before = camera.distance();

        camera.zoomTowards(0.5f, 620, 140, 800, 600);
        assertEquals(before * 0.5f, camera.distance(), 1e-4f, "it moved closer");
        float[] after = camera.project(point.x(), point.y(), point.z(), 800, 600);
        assertEquals(620, after[0], 0.5f, "the point stays under the mouse");
        assertEquals(140, after[1], 0.5f);

        camera.zoomTowards(3f, 620, 140, 800, 600);
        after = camera.project(point.x(), point.y(), point.z(), 800, 600);
        assertEquals(620, after[0], 0.5f, "zooming out too");
        assertEquals(140, after[1], 0.5f);
    }

    @Test
    void zoomingTowardsTheCentreOnlyChangesTheDistance() {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(800, 600);
        camera.frame(0.2f, 1, 0, 1);
        camera.zoomTowards(0.8f, 400, 300, 800, 600);
        assertEquals(0.2f, camera.target().x(), 1e-4f);
        assertEquals(1f, camera.target().y(), 1e-4f);
    }

    @Test
    void fittingABoxPutsEveryCornerInsideTheViewInEveryStandardViewAndShape() {
        // a standing body: 0.5 m wide, 1.75 m tall, 0.3 m deep
        Scene.Bounds body = new Scene.Bounds(0, 0.9f, 0, 0.25f, 0.875f, 0.15f);
        // a left arm held out sideways
        Scene.Bounds arm = new Scene.Bounds(0.45f, 1.3f, 0, 0.3f, 0.06f, 0.06f);
        int[][] sizes = {{800, 600}, {300, 900}, {1280, 400}};
        for (Scene.Bounds box : new Scene.Bounds[] {body, arm}) {
            for (int[] size : sizes) {
                for (StandardView view : StandardView.values()) {
                    OrbitCamera camera = new OrbitCamera();
                    camera.setAspect(size[0], size[1]);
                    camera.setView(view);
                    camera.fit(box, 0.05f);
                    float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE,
                            maxY = -Float.MAX_VALUE;
                    for (float[] corner : box.corners()) {
                        float[] p = camera.project(corner[0], corner[1], corner[2], size[0], size[1]);
                        String where = view + " " + size[0] + "x" + size[1] + ": corner at " + p[0] + ", " + p[1];
                        assertTrue(p[0] >= size[0] * 0.05f - 0.5f && p[0] <= size[0] * 0.95f + 0.5f, where);
                        assertTrue(p[1] >= size[1] * 0.05f - 0.5f && p[1] <= size[1] * 0.95f + 0.5f, where);
                        assertTrue(p[2] > 0 && p[2] < 1, where + " lies between the near and far planes");
                        minX = Math.min(minX, p[0]);
                        maxX = Math.max(maxX, p[0]);
                        minY = Math.min(minY, p[1]);
                        maxY = Math.max(maxY, p[1]);
                    }
                    float filled = Math.max((maxX - minX) / (size[0] * 0.9f), (maxY - minY) / (size[1] * 0.9f));
                    assertTrue(filled > 0.95f, view + " " + size[0] + "x" + size[1]
                            + ": the box fills the view, not a corner of it: " + filled);
                }
            }
        }
    }

    @Test
    void projectingTheTargetGivesTheCentreOfTheView() {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(640, 480);
        camera.frame(0.3f, 1.2f, 0.1f, 0.5f);
        float[] p = camera.project(0.3f, 1.2f, 0.1f, 640, 480);
        assertEquals(320, p[0], 0.01f);
        assertEquals(240, p[1], 0.01f);
    }
}
