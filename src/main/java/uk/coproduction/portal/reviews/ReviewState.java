package uk.coproduction.portal.reviews;

/** Where a review is in its life, on a given UK day. */
public enum ReviewState {
    /** Before its first day: its questions can still change. */
    NOT_YET_OPEN,
    /** Taking answers. */
    OPEN,
    /** Closed by hand or past its last day: its links say so kindly, and every answer is kept. */
    CLOSED
}
