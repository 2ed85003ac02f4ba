package uk.coproduction.portal.advocacy;

/** @param organisationName null when the account has no organisation */
public record AdvocateAccount(long id, String username, String displayName, String organisationName, boolean active) {}
