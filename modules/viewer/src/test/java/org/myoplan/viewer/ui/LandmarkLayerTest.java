package org.myoplan.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.atlas.landmarks.AtlasLandmarks;
import org.myoplan.atlas.landmarks.Landmark;
import org.myoplan.render.scene.Marker;

/** The Landmarks layer of the 3D View on the built-in atlas, without a window. */
class LandmarkLayerTest {

    private static AtlasLandmarks landmarks;

    @BeforeAll
    static void locate() {
        landmarks = Atlas.loadDefault().landmarks();
    }

    @Test
    void oneCrossPerPlacedBonyOrSkinLandmarkAndNoneForMidpoints() {
        Map<String, Landmark> byId = landmarks.vocabulary().stream()
                .collect(Collectors.toMap(Landmark::id, Function.identity()));
        Map<String, Vec3> placed = landmarks.placed();
        List<String> shown = placed.keySet().stream()
                .filter(key -> byId.get(key.replaceFirst("\\.(left|right)$", "")).kind() != Landmark.Kind.DERIVED)
                .toList();
        assertTrue(shown.size() > 60, "the built-in atlas places most landmarks on both sides: " + shown);

        List<Marker> markers = LandmarkLayer.markersOf(landmarks);

        assertEquals(shown.size(), markers.size(), "one marker per placed bony or skin landmark and side");
        for (Marker marker : markers) {
            assertEquals(Marker.Shape.LANDMARK, marker.shape(), marker.label());
            assertFalse(marker.label().isBlank(), "every cross is named");
            assertFalse(marker.label().matches("(?i).*\\b(left|right)\\b.*"), marker.label());
        }
        List<String> derived = byId.values().stream().filter(l -> l.kind() == Landmark.Kind.DERIVED)
                .map(l -> LandmarkLayer.shortName(l.name())).toList();
        assertTrue(markers.stream().noneMatch(m -> derived.contains(m.label())), "no computed midpoint: " + derived);
        for (String key : shown) {
            Vec3 p = placed.get(key);
            assertTrue(markers.stream().anyMatch(m -> m.x() == (float) p.x() && m.y() == (float) p.y()
                    && m.z() == (float) p.z()), "a cross at " + key);
        }
    }

    @Test
    void pairedLandmarksAreNamedOnBothSidesWithTheirShortName() {
        List<Marker> markers = LandmarkLayer.markersOf(landmarks);
        List<Marker> epicondyles = markers.stream().filter(m -> m.label().equals("Lateral epicondyle")).toList();
        assertEquals(2, epicondyles.size(), "the humerus's lateral epicondyle on each side");
        assertTrue(epicondyles.get(0).x() * epicondyles.get(1).x() < 0, "one on each side of the midline");
        assertEquals(1, markers.stream().filter(m -> m.label().equals("Suprasternal notch")).count(),
                "a midline landmark once");
    }

    @Test
    void shortNamesDropTheBoneWhereThePointSaysIt() {
        assertEquals("Lateral epicondyle", LandmarkLayer.shortName("Lateral epicondyle of the humerus"));
        assertEquals("Inferior angle", LandmarkLayer.shortName("Inferior angle of the scapula"));
        assertEquals("Surgical neck, medial side",
                LandmarkLayer.shortName("Surgical neck of the humerus, medial side"));
        assertEquals("Suprasternal notch", LandmarkLayer.shortName("Suprasternal (jugular) notch"));
        assertEquals("Head of the fibula", LandmarkLayer.shortName("Head of the fibula"),
                "one word alone says nothing");
        assertEquals("Medial lip of the intertubercular groove",
                LandmarkLayer.shortName("Medial lip of the intertubercular groove"), "a groove, not a bone");
        assertEquals("Lateral femoral epicondyle", LandmarkLayer.shortName("Lateral femoral epicondyle"));
    }

    @Test
    void thePlansMarkersAreKeptAndDrawnOverTheLandmarks() {
        Marker cross = Marker.of(0, 1, 0, Color.BLUE, "Olecranon", Marker.Shape.LANDMARK);
        Marker site = Marker.of(0.2, 1.2, 0.1, Color.RED, "1");
        assertEquals(List.of(cross, site), LandmarkLayer.combined(List.of(cross), List.of(site)));
        assertEquals(List.of(site), LandmarkLayer.combined(List.of(), List.of(site)));
    }
}
