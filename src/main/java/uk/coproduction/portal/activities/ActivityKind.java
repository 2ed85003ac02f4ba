package uk.coproduction.portal.activities;

/** What sort of coproduction activity it was. */
public enum ActivityKind {
    WORKSHOP,
    PARTNERSHIP_BOARD,
    SCHOOL_OR_CLUB_SESSION,
    SURVEY,
    CO_DESIGN_DAY,
    OTHER
}
