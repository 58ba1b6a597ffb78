package org.myoplan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A treatment session: one product, its reconstitution, and the targets. The lot, expiry and
 * reconstitution time may be unknown while the session is only planned.
 */
public record Session(LocalDate date, String clinician, Product product, int vialUnits, int vials,
        BigDecimal diluentMl, String lot, LocalDate expiry, LocalDateTime reconstitutedAt,
        SessionStatus status, String notes, List<Target> targets, LimbLengths limbLengths) {

    public Session {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(status, "status");
        clinician = clinician == null ? "" : clinician;
        lot = lot == null ? "" : lot;
        notes = notes == null ? "" : notes;
        targets = List.copyOf(targets);
        limbLengths = limbLengths == null ? LimbLengths.NONE : limbLengths;
    }

    /** A session without measured limb lengths. */
    public Session(LocalDate date, String clinician, Product product, int vialUnits, int vials,
            BigDecimal diluentMl, String lot, LocalDate expiry, LocalDateTime reconstitutedAt,
            SessionStatus status, String notes, List<Target> targets) {
        this(date, clinician, product, vialUnits, vials, diluentMl, lot, expiry, reconstitutedAt, status, notes,
                targets, LimbLengths.NONE);
    }

    /**
     * The sum of the targets' units (a dose not set yet counts for none): only meaningful when every amount is valid.
     */
    public Units totalUnits() {
        Units total = Units.zero(product);
        for (Target target : targets.stream().filter(Target::hasDose).toList()) {
            total = total.plus(new Units(product, target.units()));
        }
        return total;
    }

    public Session withTargets(List<Target> newTargets) {
        return new Session(date, clinician, product, vialUnits, vials, diluentMl, lot, expiry, reconstitutedAt,
                status, notes, newTargets, limbLengths);
    }

    public Session withDate(LocalDate newDate) {
        return new Session(newDate, clinician, product, vialUnits, vials, diluentMl, lot, expiry, reconstitutedAt,
                status, notes, targets, limbLengths);
    }

    public Session withStatus(SessionStatus newStatus) {
        return new Session(date, clinician, product, vialUnits, vials, diluentMl, lot, expiry, reconstitutedAt,
                newStatus, notes, targets, limbLengths);
    }

    public Session withExpiry(LocalDate newExpiry) {
        return new Session(date, clinician, product, vialUnits, vials, diluentMl, lot, newExpiry, reconstitutedAt,
                status, notes, targets, limbLengths);
    }

    /**
     * Another product and vial size. Units of two products are not interchangeable, so every target
     * keeps its muscle and sites but its dose is for the clinician to set again.
     */
    public Session withProduct(Product newProduct, int newVialUnits) {
        return new Session(date, clinician, newProduct, newVialUnits, vials, diluentMl, lot, expiry, reconstitutedAt,
                status, notes, targets.stream().map(t -> t.withUnits(null)).toList(), limbLengths);
    }

    public Session withDiluent(BigDecimal newDiluentMl) {
        return new Session(date, clinician, product, vialUnits, vials, newDiluentMl, lot, expiry, reconstitutedAt,
                status, notes, targets, limbLengths);
    }

    public Session withLimbLengths(LimbLengths newLimbLengths) {
        return new Session(date, clinician, product, vialUnits, vials, diluentMl, lot, expiry, reconstitutedAt,
                status, notes, targets, newLimbLengths);
    }
}
