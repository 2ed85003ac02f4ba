package uk.coproduction.portal.reviews;

/** How a review question is answered, with the same page pattern as the charter questions. */
public enum QuestionKind {
    /** Faces on the five-point scale and "not sure", with optional words. */
    SCALE,
    /** Words only (optional). */
    WORDS
}
