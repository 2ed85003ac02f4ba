package uk.coproduction.portal.security;

/** An organisation a member of staff can belong to. */
public record OrganisationOption(long id, String name) {}
