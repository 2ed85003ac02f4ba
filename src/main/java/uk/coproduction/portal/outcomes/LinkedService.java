package uk.coproduction.portal.outcomes;

/** A service an indicator or objective is about. */
public record LinkedService(long id, String code, String name) {}
