package uk.coproduction.portal.base.limits;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import uk.coproduction.portal.PortalTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The portal with the arrival limits and the hold-for-review rules as shipped (decision 0026), not the test
 * profile's open ones, and a {@link MovableClock}. Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@Import(MovableClock.Configuration.class)
@TestPropertySource(
        properties = {
            "portal.limits.browser-journeys-per-hour=20",
            "portal.limits.browser-lookups-per-ten-minutes=30",
            "portal.limits.address-feedback-burst=450",
            "portal.limits.address-feedback-per-hour=600",
            "portal.limits.address-frontline-burst=1500",
            "portal.limits.address-frontline-per-day=3000",
            "portal.limits.address-lookups-burst=600",
            "portal.limits.check-difficulty=15",
            "portal.limits.fastest-resident-journey=20s",
            "portal.limits.fastest-frontline-journey=8s",
            "portal.limits.same-words-times=5",
            "portal.limits.same-words-within=10m"
        })
public @interface ShippedLimits {}
