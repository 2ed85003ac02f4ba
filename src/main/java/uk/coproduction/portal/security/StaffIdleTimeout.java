package uk.coproduction.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs a member of staff out after {@code portal.staff.idle-timeout} without using the portal (decision 0028).
 * Vaadin's heartbeat keeps a session alive as long as a tab is open, so the servlet session's own time-out would
 * never end a staff session left open on an unattended desk; this filter counts only what a person does (every
 * request but the heartbeat) and ends the session before the security context is read, so the request that comes
 * too late is already anonymous and the page goes to the sign-in page. Sessions without a signed-in member of staff
 * (residents' journeys, which keep their own drafts) are left alone.
 */
class StaffIdleTimeout extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = StaffIdleTimeout.class.getName() + ".lastActivity";

    private final Clock clock;
    private final Duration idleTimeout;

    StaffIdleTimeout(Clock clock, Duration idleTimeout) {
        if (!idleTimeout.isPositive()) {
            throw new IllegalArgumentException("portal.staff.idle-timeout must be positive, e.g. 30m");
        }
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isStaff(session)) {
            Instant now = clock.instant();
            Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
            if (last != null && !now.isBefore(last.plus(idleTimeout))) {
                session.invalidate();
            } else if (last == null || !isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
                // A closed tab sends no heartbeat: the servlet session then ends on the same time-out.
                session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, idleTimeout.toSeconds()));
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaff(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                            instanceof SecurityContext context
                    && context.getAuthentication() != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
