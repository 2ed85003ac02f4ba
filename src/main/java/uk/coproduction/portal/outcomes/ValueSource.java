package uk.coproduction.portal.outcomes;

/** How a dated value reached the portal: typed on the outcome figures page, or read from a CSV file of values. */
public enum ValueSource {
    HAND,
    IMPORT
}
