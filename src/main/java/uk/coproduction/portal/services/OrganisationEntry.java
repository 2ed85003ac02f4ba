package uk.coproduction.portal.services;

/** An organisation in the administrators' list. */
public record OrganisationEntry(long id, String code, String name, OrganisationKind kind, boolean active) {}
