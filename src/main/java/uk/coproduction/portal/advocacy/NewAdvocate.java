package uk.coproduction.portal.advocacy;

/** An advocate account an administrator creates; the initial password is only ever stored hashed. */
public record NewAdvocate(String username, String displayName, Long organisationId, String initialPassword) {}
