package uk.coproduction.portal.imports;

/** A value a column accepts: its code, and the name that may be written instead. */
public record ImportChoice(String code, String name) {}
