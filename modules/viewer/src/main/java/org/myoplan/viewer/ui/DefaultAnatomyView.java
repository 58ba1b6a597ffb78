package org.myoplan.viewer.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.event.ChangeListener;
import org.myoplan.atlas.Atlas;
import org.myoplan.viewer.api.AnatomyView;
import org.myoplan.viewer.api.AtlasService;
import org.openide.util.ChangeSupport;
import org.openide.util.lookup.ServiceProvider;

/**
 * The application's AnatomyView: keeps the emphasis and markers other modules ask for, which the 3D
 * View draws, and answers surface points through the 3D View that is showing.
 */
@ServiceProvider(service = AnatomyView.class)
public final class DefaultAnatomyView implements AnatomyView {

    /** What the 3D View lends this service to find surface points. */
    interface SurfaceLocator {
        Optional<double[]> surfacePointAt(String muscleKey, int x, int y);
    }

    private final ChangeSupport changes = new ChangeSupport(this);
    private Map<String, Color> emphasis = Map.of();
    private List<Marker> markers = List.of();
    private List<Marker> guideMarkers = List.of();
    private SurfaceLocator locator;
    private ClickHandler clickHandler;
    private Consumer<Collection<String>> framer = keys -> { };

    @Override
    public void emphasise(Map<String, Color> muscles) {
        emphasis = Map.copyOf(muscles);
        changes.fireChange();
    }

    @Override
    public void setMarkers(List<Marker> newMarkers) {
        markers = List.copyOf(newMarkers);
        changes.fireChange();
    }

    @Override
    public void setGuideMarkers(List<Marker> newMarkers) {
        guideMarkers = List.copyOf(newMarkers);
        changes.fireChange();
    }

    @Override
    public Optional<double[]> surfacePointAt(String muscleKey, int x, int y) {
        return locator == null ? Optional.empty() : locator.surfacePointAt(muscleKey, x, y);
    }

    @Override
    public void frame(Collection<String> muscleKeys) {
        if (!muscleKeys.isEmpty()) {
            framer.accept(Set.copyOf(muscleKeys));
        }
    }

    /** The 3D View lends its framing; before it shows, framing does nothing. */
    void setFramer(Consumer<Collection<String>> newFramer) {
        framer = newFramer;
    }

    @Override
    public Atlas atlas() {
        return AtlasService.getDefault().current();
    }

    @Override
    public void setClickHandler(ClickHandler handler) {
        clickHandler = handler;
    }

    /** Offers a click to the module that borrowed the clicks; true when it used it. */
    boolean offerClick(int x, int y) {
        return clickHandler != null && clickHandler.clicked(x, y);
    }

    Map<String, Color> emphasis() {
        return emphasis;
    }

    /** The guidance's markers under the plan's, so that a planned site is never hidden by a suggestion. */
    List<Marker> markers() {
        List<Marker> all = new ArrayList<>(guideMarkers);
        all.addAll(markers);
        return all;
    }

    void setLocator(SurfaceLocator newLocator) {
        locator = newLocator;
    }

    void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }
}
