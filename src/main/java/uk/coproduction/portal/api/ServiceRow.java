package uk.coproduction.portal.api;

/** A service the figures API reports on. */
public record ServiceRow(String code, String name, String team) {}
