package uk.coproduction.portal.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends a member of staff's open sessions the moment an administrator disables them or changes what they may do
 * (decision 0028). Spring Security's {@link SessionRegistry} says which sessions belong to whom and marks them
 * expired (its ConcurrentSessionFilter turns an expired session away on its next request); the servlet sessions
 * themselves are invalidated here as well, so the Vaadin UI they carry goes at once and the browser's next request
 * or click lands on the sign-in page.
 */
@Component
public class StaffSessions implements HttpSessionListener, HttpSessionIdListener {

    private final SessionRegistry registry;
    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    StaffSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    /** Session fixation protection gives a session a new id at sign-in. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        open.remove(oldSessionId);
        open.put(event.getSession().getId(), event.getSession());
    }

    /** How many sessions {@code username} has open now. */
    public int openSessionsOf(String username) {
        return registry.getAllPrincipals().stream()
                .filter(p -> username.equals(nameOf(p)))
                .mapToInt(p -> registry.getAllSessions(p, false).size())
                .sum();
    }

    /**
     * Ends every open session of {@code username}, except {@code keepSessionId} (the caller's own, when an
     * administrator's change to themselves must not pull the page from under them; null for none).
     *
     * @return how many sessions were ended
     */
    public int endSessionsOf(String username, @Nullable String keepSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!username.equals(nameOf(principal))) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (session.getSessionId().equals(keepSessionId)) {
                    continue;
                }
                session.expireNow();
                HttpSession http = open.get(session.getSessionId());
                if (http != null) {
                    try {
                        http.invalidate();
                    } catch (IllegalStateException alreadyGone) {
                        // ended by its own time-out or sign-out meanwhile: nothing left to end
                    }
                }
                registry.removeSessionInformation(session.getSessionId());
                ended++;
            }
        }
        return ended;
    }

    /** The session of the request being answered, if it has one: an own session a change must not pull away. */
    public static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        if (principal instanceof AuthenticatedPrincipal named) {
            return named.getName();
        }
        return String.valueOf(principal);
    }
}
