package uk.coproduction.portal.base.limits;

/** What a person arriving without an account is about to do; each has its own limits. */
public enum Journey {
    /** Starting the residents' feedback journey. */
    RESIDENT_FEEDBACK,
    /** Answering the equality questions after sending feedback. */
    EQUALITY,
    /** Sending the frontline staff journey. */
    FRONTLINE,
    /** Looking up a return code, a reference code or one's own data. */
    CODE_LOOKUP
}
