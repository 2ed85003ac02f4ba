package uk.coproduction.portal.reviews;

/** What a review is for (issue 21, decision 0047). */
public enum ReviewKind {
    /** The yearly stakeholder survey the joint commissioning approach asks for. */
    ANNUAL_SURVEY,
    /** A review against the "You're Welcome" quality criteria; its questions are pre-filled from their themes. */
    YOURE_WELCOME,
    /** An ad-hoc review or deep dive, e.g. asked for by the Health and Wellbeing Board. */
    DEEP_DIVE
}
