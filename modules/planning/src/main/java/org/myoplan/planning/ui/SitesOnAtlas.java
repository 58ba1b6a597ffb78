package org.myoplan.planning.ui;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.myoplan.atlas.Atlas;
import org.myoplan.history.StoredSession;
import org.myoplan.model.Session;
import org.myoplan.planning.AtlasIdentity;
import org.myoplan.planning.SiteTransfer;
import org.myoplan.planning.TargetMuscles;
import org.myoplan.viewer.api.AtlasService;

/**
 * Keeps plans' injection sites on the atlas the application shows: a kept session placed on another atlas
 * has its sites moved onto the same muscles of this one when it is opened (SiteTransfer). Its methods
 * may generate or read atlases: call them off the event thread, except {@link #muscles()}.
 */
final class SitesOnAtlas {

    private static final Logger LOG = Logger.getLogger(SitesOnAtlas.class.getName());

    /** A session with its sites on {@code atlas}. */
    record Placed(Session session, Atlas atlas) {
    }

    private SitesOnAtlas() {
    }

    /** The atlas shown now. */
    static Atlas current() {
        return AtlasService.getDefault().current();
    }

    /** Names and muscles from the atlas shown, whichever it is when asked. */
    static TargetMuscles muscles() {
        return new TargetMuscles(SitesOnAtlas::current, PlanningReference.get());
    }

    /** The session's sites on the atlas shown now. */
    static Placed onCurrent(StoredSession stored) {
        return onCurrent(stored.session(), stored.pointsAtlas());
    }

    /**
     * The session's sites, placed on the atlas named {@code placedOn} (empty: the built-in atlas, the only
     * one before sessions named theirs), on the atlas shown now. An atlas Myoplan no longer has (an import
     * since replaced) leaves the sites where they were.
     */
    static Placed onCurrent(Session session, String placedOn) {
        AtlasService atlases = AtlasService.getDefault();
        Atlas current = atlases.current();
        boolean hasSites = session.targets().stream().anyMatch(t -> !t.injectionPoints().isEmpty());
        if (!hasSites || AtlasIdentity.of(current).equals(placedOn)) {
            return new Placed(session, current);
        }
        Optional<Atlas> from = placedOn.equals(AtlasIdentity.UNRECORDED) ? Optional.of(atlases.builtIn())
                : AtlasIdentity.find(placedOn, atlases.known());
        if (from.isEmpty()) {
            LOG.log(Level.INFO, "The atlas {0} the sites of a session of {1} were placed on is not at hand;"
                    + " they stay as placed", new Object[] {placedOn, session.date()});
            return new Placed(session, current);
        }
        return new Placed(new SiteTransfer(from.get(), current).transfer(session), current);
    }
}
