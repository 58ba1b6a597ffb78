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
        List<Marker> markers) {

    /** Selected muscles are drawn in this bright yellow, unlike any muscle or bone colour. */
    public static final Rgba SELECTED = Rgba.opaque(1f, 0.84f, 0.1f);

    public static final SceneStyle PLAIN = new SceneStyle(Set.of(), Map.of(), Set.of(), Set.of(),
            EnumSet.noneOf(Layer.class), new EnumMap<>(Layer.class), List.of());

    public SceneStyle {
        selected = Set.copyOf(selected);
        emphasis = Map.copyOf(emphasis);
        hidden = Set.copyOf(hidden);
        isolated = Set.copyOf(isolated);
        hiddenLayers = Set.copyOf(hiddenLayers);
        layerOpacity = Map.copyOf(layerOpacity);
        markers = List.copyOf(markers);
        layerOpacity.values().forEach(opacity -> {
            if (!(opacity >= 0f && opacity <= 1f)) {
                throw new IllegalArgumentException("opacity must lie in 0..1, was " + opacity);
            }
        });
    }

    public SceneStyle withSelected(Set<String> newSelected) {
        return new SceneStyle(newSelected, emphasis, hidden, isolated, hiddenLayers, layerOpacity, markers);
    }

    public SceneStyle withEmphasis(Map<String, Rgba> newEmphasis) {
        return new SceneStyle(selected, newEmphasis, hidden, isolated, hiddenLayers, layerOpacity, markers);
    }

    public SceneStyle withHidden(Set<String> newHidden) {
        return new SceneStyle(selected, emphasis, newHidden, isolated, hiddenLayers, layerOpacity, markers);
    }

    /** Shows only these meshes (and bones, for orientation); an empty set shows everything. */
    public SceneStyle withIsolated(Set<String> newIsolated) {
        return new SceneStyle(selected, emphasis, hidden, newIsolated, hiddenLayers, layerOpacity, markers);
    }

    public SceneStyle withLayerShown(Layer layer, boolean shown) {
        Set<Layer> layers = hiddenLayers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(hiddenLayers);
        if (shown) {
            layers.remove(layer);
        } else {
            layers.add(layer);
        }
        return new SceneStyle(selected, emphasis, hidden, isolated, layers, layerOpacity, markers);
    }

    public SceneStyle withLayerOpacity(Layer layer, float opacity) {
        Map<Layer, Float> opacities = new HashMap<>(layerOpacity);
        opacities.put(layer, opacity);
        return new SceneStyle(selected, emphasis, hidden, isolated, hiddenLayers, opacities, markers);
    }

    public SceneStyle withMarkers(List<Marker> newMarkers) {
        return new SceneStyle(selected, emphasis, hidden, isolated, hiddenLayers, layerOpacity, newMarkers);
    }

    public boolean isShown(SceneMesh mesh) {
        if (hidden.contains(mesh.id()) || hiddenLayers.contains(mesh.layer())) {
            return false;
        }
        return isolated.isEmpty() || isolated.contains(mesh.id()) || mesh.layer() == Layer.BONES;
    }

    /** The colour a shown mesh is drawn in: its emphasis or its own, with its layer's opacity. */
    public Rgba colourOf(SceneMesh mesh) {
        Rgba base = selected.contains(mesh.id()) ? SELECTED : emphasis.getOrDefault(mesh.id(), mesh.colour());
        float opacity = Math.min(base.a(), layerOpacity.getOrDefault(mesh.layer(), 1f));
        return opacity == base.a() ? base : new Rgba(base.r(), base.g(), base.b(), opacity);
    }
}
