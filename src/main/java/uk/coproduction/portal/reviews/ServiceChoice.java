package uk.coproduction.portal.reviews;

/** A service a commissioner may open a review of. */
public record ServiceChoice(long id, String name) {}
