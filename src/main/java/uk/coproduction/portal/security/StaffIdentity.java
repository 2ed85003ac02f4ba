package uk.coproduction.portal.security;

import uk.coproduction.portal.services.Team;

import java.util.Set;

/** Who is signed in, as the application services need to know it. */
public record StaffIdentity(long id, String username, String displayName, Team team, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
