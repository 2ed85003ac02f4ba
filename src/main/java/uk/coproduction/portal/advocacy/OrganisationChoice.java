package uk.coproduction.portal.advocacy;

/** An organisation advocates can belong to. */
public record OrganisationChoice(long id, String name, String kind) {}
