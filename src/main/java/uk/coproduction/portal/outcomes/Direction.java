package uk.coproduction.portal.outcomes;

/** Which side of the target is good: most targets are a floor (at least 75 %), some a ceiling (no more than 57). */
public enum Direction {
    AT_LEAST,
    AT_MOST
}
