package org.myoplan.render.scene;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the scene is shown at one moment: which meshes are emphasised and in what colour, which are
 * hidden or isolated, which layers show and how opaque they are, and the markers. Immutable: each
 * change makes a new style, so the renderer always draws one consistent state.
 */
public record SceneStyle(
        Set<String> selected,
        Map<String, Rgba> emphasis,
        Set<String> hidden,
        Set<String> isolated,
        Set<Layer> hiddenLayers,
        Map<Layer, Float> layerOpacity,
        List<Marker> markers,
        String hovered,
        float markerRadius) {

    /**
     * Selected muscles keep their colour (a plan's dose colour) and are outlined in this bright yellow,
     * unlike any muscle, bone or dose colour.
     */
    public static final Rgba SELECTED = Rgba.opaque(1f, 0.84f, 0.1f);
    /** How far the muscle under the mouse is lightened towards white. */
    public static final float HOVER_TINT = 0.35f;
    /** Markers' radius in pixels on screen: a numbered disc a finger's breadth on a laptop screen. */
    public static final float SCREEN_MARKER_RADIUS = 10f;

    public static final SceneStyle PLAIN = new SceneStyle(Set.of(), Map.of(), Set.of(), Set.of(),
            EnumSet.noneOf(Layer.class), new EnumMap<>(Layer.class), List.of(), "", SCREEN_MARKER_RADIUS);

    public SceneStyle {
        selected = Set.copyOf(selected);
        emphasis = Map.copyOf(emphasis);
        hidden = Set.copyOf(hidden);
        isolated = Set.copyOf(isolated);
        hiddenLayers = Set.copyOf(hiddenLayers);
        layerOpacity = Map.copyOf(layerOpacity);
        markers = List.copyOf(markers);
        hovered = hovered == null ? "" : hovered;
        if (!(markerRadius > 0f)) {
            throw new IllegalArgumentException("marker radius must be positive, was " + markerRadius);
        }
        layerOpacity.values().forEach(opacity -> {
            if (!(opacity >= 0f && opacity <= 1f)) {
                throw new IllegalArgumentException("opacity must lie in 0..1, was " + opacity);
            }
        });
    }

    public SceneStyle withSelected(Set<String> newSelected) {
        return new SceneStyle(newSelected, emphasis, hidden, isolated, hiddenLayers, layerOpacity, markers, hovered,
                markerRadius);
    }

    public SceneStyle withEmphasis(Map<String, Rgba> newEmphasis) {
        return new SceneStyle(selected, newEmphasis, hidden, isolated, hiddenLayers, layerOpacity, markers, hovered,
                markerRadius);
    }

    public SceneStyle withHidden(Set<String> newHidden) {
        return new SceneStyle(selected, emphasis, newHidden, isolated, hiddenLayers, layerOpacity, markers, hovered,
                markerRadius);
    }

    /** Shows only these meshes (and bones, for orientation); an empty set shows everything. */
    public SceneStyle withIsolated(Set<String> newIsolated) {
        return new SceneStyle(selected, emphasis, hidden, newIsolated, hiddenLayers, layerOpacity, markers, hovered,
                markerRadius);
    }

    public SceneStyle withLayerShown(Layer layer, boolean shown) {
        Set<Layer> layers = hiddenLayers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(hiddenLayers);
        if (shown) {
            layers.remove(layer);
        } else {
            layers.add(layer);
        }
        return new SceneStyle(selected, emphasis, hidden, isolated, layers, layerOpacity, markers, hovered,
                markerRadius);
    }

    public SceneStyle withLayerOpacity(Layer layer, float opacity) {
        Map<Layer, Float> opacities = new HashMap<>(layerOpacity);
        opacities.put(layer, opacity);
        return new SceneStyle(selected, emphasis, hidden, isolated, hiddenLayers, opacities, markers, hovered,
                markerRadius);
    }

    public SceneStyle withMarkers(List<Marker> newMarkers) {
        return new SceneStyle(selected, emphasis, hidden, isolated, hiddenLayers, layerOpacity, newMarkers, hovered,
                markerRadius);
    }

    /** The mesh under the mouse, drawn a little lighter; null or empty for none. */
    public SceneStyle withHovered(String newHovered) {
        return new SceneStyle(selected, emphasis, hidden, isolated, hiddenLayers, layerOpacity, markers, newHovered,
                markerRadius);
    }

    /** The markers' radius in pixels of the picture (larger for print than on screen). */
    public SceneStyle withMarkerRadius(float newRadius) {
        return new SceneStyle(selected, emphasis, hidden, isolated, hiddenLayers, layerOpacity, markers, hovered,
                newRadius);
    }

    public boolean isSelected(SceneMesh mesh) {
        return selected.contains(mesh.id());
    }

    public boolean isHovered(SceneMesh mesh) {
        return hovered.equals(mesh.id());
    }

    public boolean isShown(SceneMesh mesh) {
        if (hidden.contains(mesh.id()) || hiddenLayers.contains(mesh.layer())) {
            return false;
        }
        return isolated.isEmpty() || isolated.contains(mesh.id()) || mesh.layer() == Layer.BONES;
    }

    /**
     * The colour a shown mesh is drawn in: its emphasis (a dose colour) or its own, with its layer's
     * opacity. Selection does not change it: the renderer outlines selected meshes instead.
     */
    public Rgba colourOf(SceneMesh mesh) {
        Rgba base = emphasis.getOrDefault(mesh.id(), mesh.colour());
        float opacity = Math.min(base.a(), layerOpacity.getOrDefault(mesh.layer(), 1f));
        return opacity == base.a() ? base : new Rgba(base.r(), base.g(), base.b(), opacity);
    }
}
