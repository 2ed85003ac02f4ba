package uk.coproduction.portal.security;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.services.Team;

import java.util.Set;

/**
 * Who is signed in, as the application services need to know it.
 *
 * @param organisationId the organisation they work for (council, NHS, provider, …), or null when they have none;
 *                       see {@link uk.coproduction.portal.security.ServiceScope} for what it decides
 */
public record StaffIdentity(
        long id,
        String username,
        String displayName,
        @Nullable Team team,
        Set<String> roles,
        @Nullable Long organisationId) {

    public StaffIdentity(long id, String username, String displayName, @Nullable Team team, Set<String> roles) {
        this(id, username, displayName, team, roles, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
