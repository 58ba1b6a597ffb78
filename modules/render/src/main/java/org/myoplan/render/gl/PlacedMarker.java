package org.myoplan.render.gl;

import org.myoplan.render.scene.Marker;

/**
 * Where a marker came out in the last frame: its position in the drawable's pixels (top-left origin)
 * and whether it is visible, i.e. not behind a muscle, bone or opaque skin as seen from the camera.
 */
public record PlacedMarker(Marker marker, float x, float y, boolean visible) {
}
