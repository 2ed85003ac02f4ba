package uk.coproduction.portal.feedback;

/** An answer on the 5-point scale, or "not sure". A skipped question has no answer at all. */
public enum RatingAnswer {
    VERY_GOOD,
    GOOD,
    OK,
    BAD,
    VERY_BAD,
    NOT_SURE
}
