package uk.coproduction.portal.base.security;

import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method (or every method of a service) that anyone may call without signing in, with the reason
 * written beside it: the resident journeys, which need no account, and work the portal does for itself
 * (scheduled jobs, event listeners) where no one is signed in. Carries {@code @PreAuthorize(Access.ANYONE)}, so
 * method security and {@code ServiceAccessDeclaredTest} read it as a declaration.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(Access.ANYONE)
public @interface OpenToAnyone {

    /** Why no sign-in is needed (e.g. "residents give feedback without an account"). */
    String value();
}
