package org.myoplan.viewer.api;

import java.util.List;
import javax.swing.event.ChangeListener;
import org.myoplan.atlas.Atlas;
import org.openide.util.Lookup;

/**
 * The atlas the application shows now. It can change while Myoplan runs (an import, or back to the
 * built-in atlas): every window that shows muscles follows the change (the 3D View rebuilds its scene,
 * the Muscles window its list, an open plan moves its injection points onto the new muscles). Found in
 * the default Lookup. Listeners are told on the event thread, after {@link #current()} has changed.
 */
public interface AtlasService {

    static AtlasService getDefault() {
        return Lookup.getDefault().lookup(AtlasService.class);
    }

    /**
     * The atlas shown now; at start-up it may wait briefly for the imported atlas kept in the user
     * directory, and falls back to the built-in one (any thread).
     */
    Atlas current();

    /** Shows {@code atlas} from now on and tells the listeners (from any thread; they hear it on the event thread). */
    void use(Atlas atlas);

    /** Myoplan's own atlas (generated the first time, a few hundred milliseconds: off the event thread). */
    Atlas builtIn();

    /**
     * The atlases this application can name without importing again: the current one, the built-in one
     * and the one kept in the user directory, if readable. Slow the first time (generating or reading
     * them): call it off the event thread. Sessions whose injection points were placed on another
     * atlas find their atlas here.
     */
    List<Atlas> known();

    void addChangeListener(ChangeListener listener);

    void removeChangeListener(ChangeListener listener);
}
