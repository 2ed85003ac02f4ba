package uk.coproduction.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every request of a signed-in member of staff is checked against their account as it is now (decision 0028): a
 * disabled or deleted account, or one whose roles differ from those the session was opened with (changed by an
 * administrator, or a new password asked for), ends the session before the request is served, so the request is
 * anonymous and the browser goes to the sign-in page. {@link StaffSessions} already ends such sessions the moment the
 * change is made; this check also covers what it cannot reach: a session held by another instance of the portal, or
 * a change made straight in the database.
 */
class SessionMatchesAccount extends OncePerRequestFilter {

    private static final String ROLE = "ROLE_";

    private final StaffAccountRepository accounts;

    SessionMatchesAccount(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && signedIn != null
                && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)
                && !stillHolds(signedIn)) {
            SecurityContextHolder.clearContext();
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile by an administrator's change or the idle time-out: nothing left to end
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillHolds(Authentication signedIn) {
        Optional<StaffAccount> account = accounts.findByUsername(signedIn.getName());
        if (account.isEmpty() || !account.get().isEnabled()) {
            return false;
        }
        // Single sign-on never asks for the portal's password, so a pending password change does not apply to it.
        Set<String> granted = signedIn.getPrincipal() instanceof OidcUser
                ? account.get().getRoles()
                : account.get().rolesForPasswordSignIn();
        Set<String> held = signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE))
                .map(a -> a.substring(ROLE.length()))
                .collect(Collectors.toSet());
        return held.equals(granted);
    }
}
