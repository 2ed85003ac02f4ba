package uk.coproduction.portal.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/** Runs part of the demo data set-up as one of the demo staff, through the same secured services they use. */
final class DemoSignIn {

    private DemoSignIn() {}

    static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext demo = SecurityContextHolder.createEmptyContext();
        demo.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(demo);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
