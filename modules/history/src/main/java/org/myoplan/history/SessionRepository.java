package org.myoplan.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.myoplan.model.Acknowledgement;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.Target;
import org.myoplan.model.Units;

/** A patient's treatment sessions. Each save is one transaction with its audit row: all of it or nothing. */
public interface SessionRepository {

    /**
     * Stores a new session of the patient with its targets, injection points and acknowledged warnings, and
     * the name of the atlas its points were placed on; returns its id.
     */
    long add(String recordNumber, Session session, List<Acknowledgement> acknowledgements, String by,
            String pointsAtlas);

    /** Replaces the stored session (e.g. planned to administered), targets, warnings and the points' atlas included. */
    void replace(long sessionId, Session session, List<Acknowledgement> acknowledgements, String by,
            String pointsAtlas);

    /** Stores a session whose points' atlas is not named (the built-in atlas's, the command line's plan files). */
    default long add(String recordNumber, Session session, List<Acknowledgement> acknowledgements, String by) {
        return add(recordNumber, session, acknowledgements, by, "");
    }

    /** Replaces a session, its points' atlas left unnamed. */
    default void replace(long sessionId, Session session, List<Acknowledgement> acknowledgements, String by) {
        replace(sessionId, session, acknowledgements, by, "");
    }

    Optional<StoredSession> find(long sessionId);

    /** The patient's sessions, newest first. */
    List<StoredSession> history(String recordNumber);

    /** The targets of the patient's newest session that was not cancelled, to copy forward into a new plan. */
    List<Target> lastTargets(String recordNumber);

    /**
     * The units given (administered sessions) from {@code from} to {@code to} inclusive, per product: units
     * of different products are not comparable and are never added together.
     */
    Map<Product, Units> cumulativeUnits(String recordNumber, LocalDate from, LocalDate to);
}
