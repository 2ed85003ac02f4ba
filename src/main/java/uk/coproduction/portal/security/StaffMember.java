package uk.coproduction.portal.security;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.services.Team;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the administrators' screen shows it.
 *
 * @param lastSignedInAt null when they have never signed in
 */
public record StaffMember(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable Long organisationId,
        @Nullable String organisationName,
        @Nullable Team team,
        Set<String> roles,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lastSignedInAt) {}
