package uk.coproduction.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/** For tests where members of staff take turns (one drafts a reply, another approves it, a third reads it). */
public final class SignedIn {

    private SignedIn() {}

    /** From now on in this test, {@code username} is signed in with {@code role}. */
    public static void as(String username, String role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }

    /**
     * Does {@code work} as {@code username} with {@code role}, then puts back whoever was signed in: for a test that
     * reads a result through the screen of someone other than the person acting.
     */
    public static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        as(username, role);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
