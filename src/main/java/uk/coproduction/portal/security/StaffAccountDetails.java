package uk.coproduction.portal.security;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.services.Team;

import java.util.Set;

/**
 * What an administrator types about a member of staff. The username is only read when the account is created.
 *
 * @param email          optional; where they are told of repeated wrong passwords
 * @param organisationId optional except for providers and advocates
 * @param team           required for commissioners, whose inbox is their team's services
 */
public record StaffAccountDetails(
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String email,
        @Nullable Long organisationId,
        @Nullable Team team,
        @Nullable Set<String> roles) {}
