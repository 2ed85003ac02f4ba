package uk.coproduction.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.coproduction.portal.base.security.Roles;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Optional: staff roles from the identity provider's groups (Entra ID's {@code groups} claim of object ids), e.g.
 * {@code portal.sso.group-roles[2f6c…]=COMMISSIONER}. With none configured, roles come from the portal's staff
 * account only. With some, each single sign-on replaces the account's roles with those of the person's mapped groups
 * (decision 0028); team and organisation stay with the administrators, and the account must still exist and be
 * enabled, so disabling someone in the portal still keeps them out.
 *
 * @param groupRoles group id to the roles it gives (names from {@link Roles#ALL})
 * @param groupsClaim the ID token claim that lists the groups ({@code groups} for Entra ID)
 */
@ConfigurationProperties("portal.sso")
public record EntraGroupRoles(Map<String, List<String>> groupRoles, String groupsClaim) {

    public EntraGroupRoles {
        groupRoles = groupRoles == null ? Map.of() : Map.copyOf(groupRoles);
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        groupRoles.forEach((group, roles) -> {
            if (roles == null || roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
                throw new IllegalArgumentException("portal.sso.group-roles[" + group + "] must list roles from "
                        + Roles.ALL + ", comma-separated; it says " + roles);
            }
        });
    }

    public boolean isEnabled() {
        return !groupRoles.isEmpty();
    }

    /** The roles the person's groups give; empty when none of their groups is mapped. */
    public Set<String> rolesOf(OidcUser user) {
        List<String> groups = user.getClaimAsStringList(groupsClaim);
        Set<String> roles = new TreeSet<>();
        if (groups != null) {
            groups.stream().map(groupRoles::get).filter(Objects::nonNull).forEach(roles::addAll);
        }
        return roles;
    }
}
