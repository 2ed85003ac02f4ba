package uk.coproduction.portal.base;

/** How the feedback reached us; every figure can be split by it. */
public enum Channel {
    /** The person filled in the form themselves. */
    ONLINE,
    ADVOCATE,
    EVENT,
    PAPER,
    STAFF
}
