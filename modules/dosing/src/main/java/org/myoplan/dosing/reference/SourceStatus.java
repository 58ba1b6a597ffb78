package org.myoplan.dosing.reference;

/** How far a reference number can be trusted. */
public enum SourceStatus {
    /** Read in a copy of the product's prescribing information. */
    LABEL,
    /** A clinical guide's suggestion, not a label (often off-label). */
    GUIDE,
    /** Recalled from a label version that could not be re-read. */
    UNCONFIRMED,
    /** The clinic's own protocol table. */
    CLINIC,
    /** Arithmetic or a rule of Myoplan's own, not a number from a document. */
    RULE
}
