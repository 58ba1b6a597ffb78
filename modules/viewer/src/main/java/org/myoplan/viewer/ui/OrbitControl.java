package org.myoplan.viewer.ui;

import java.awt.Component;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import javax.swing.SwingUtilities;
import org.myoplan.render.gl.OrbitCamera;

/**
 * Turns mouse and keyboard input into camera moves, and asks for one repaint per move.
 * Left drag orbits; right or middle drag (or Shift + left drag) pans; the wheel zooms towards the
 * mouse. Arrow keys orbit, Shift + arrows pan, + and - zoom (towards the mouse when it is over the
 * view), Home resets.
 */
final class OrbitControl extends MouseAdapter {

    private static final float RADIANS_PER_PIXEL = 0.008f;
    private static final float RADIANS_PER_KEY = (float) Math.toRadians(10);
    private static final float PAN_PER_KEY = 0.05f;
    private static final float ZOOM_PER_STEP = 1.1f;

    private final OrbitCamera camera;
    private final Component view;
    private final Runnable reset;
    private int lastX;
    private int lastY;
    private boolean mouseInside;

    OrbitControl(OrbitCamera camera, Component view, Runnable reset) {
        this.camera = camera;
        this.view = view;
        this.reset = reset;
    }

    void attach() {
        view.addMouseListener(this);
        view.addMouseMotionListener(this);
        view.addMouseWheelListener(this);
        view.addKeyListener(new Keys());
        view.setFocusable(true);
    }

    @Override
    public void mousePressed(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        view.requestFocusInWindow();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        int dx = e.getX() - lastX, dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (SwingUtilities.isLeftMouseButton(e) && !e.isShiftDown()) {
            camera.orbit(-dx * RADIANS_PER_PIXEL, dy * RADIANS_PER_PIXEL);
        } else {
            float height = Math.max(1, view.getHeight());
            camera.pan(-dx / height, dy / height);
        }
        view.repaint();
    }

    /** Zooms towards the point under the mouse, so that what the clinician points at stays there. */
    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        zoomAt((float) Math.pow(ZOOM_PER_STEP, e.getPreciseWheelRotation()), e.getX(), e.getY());
        view.repaint();
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        mouseInside = true;
    }

    @Override
    public void mouseExited(MouseEvent e) {
        mouseInside = false;
    }

    /** + and - zoom towards the mouse while it is over the view, else towards the centre. */
    private void zoomByKey(float factor) {
        if (mouseInside) {
            zoomAt(factor, lastX, lastY);
        } else {
            camera.zoom(factor);
        }
    }

    private void zoomAt(float factor, int x, int y) {
        camera.zoomTowards(factor, x, y, view.getWidth(), view.getHeight());
    }

    private final class Keys extends KeyAdapter {

        @Override
        public void keyPressed(KeyEvent e) {
            boolean pan = e.isShiftDown();
            switch (e.getKeyCode()) {
                case KeyEvent.VK_LEFT -> move(pan, -1, 0);
                case KeyEvent.VK_RIGHT -> move(pan, 1, 0);
                case KeyEvent.VK_UP -> move(pan, 0, 1);
                case KeyEvent.VK_DOWN -> move(pan, 0, -1);
                case KeyEvent.VK_PLUS, KeyEvent.VK_EQUALS, KeyEvent.VK_ADD -> zoomByKey(1 / ZOOM_PER_STEP);
                case KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT -> zoomByKey(ZOOM_PER_STEP);
                case KeyEvent.VK_HOME -> reset.run();
                default -> {
                    return;
                }
            }
            e.consume();
            view.repaint();
        }

        private void move(boolean pan, int right, int up) {
            if (pan) {
                camera.pan(right * PAN_PER_KEY, up * PAN_PER_KEY);
            } else {
                camera.orbit(right * RADIANS_PER_KEY, up * RADIANS_PER_KEY);
            }
        }
    }
}
