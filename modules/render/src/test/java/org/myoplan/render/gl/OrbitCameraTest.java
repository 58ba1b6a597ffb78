package org.myoplan.render.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jogamp.math.Vec3f;
import org.junit.jupiter.api.Test;

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
        com.jogamp.math.Ray ray = camera.rayThrough(400, 300, 800, 600);
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
}
