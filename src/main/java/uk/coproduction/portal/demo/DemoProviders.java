package uk.coproduction.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * The three illustrative voluntary and independent providers, and the six seeded services they run in the demo.
 * V0002 once seeded them into every database; V0110 takes them out of real ones (decision 0029) and this puts them
 * back in the demo, so the demo shows what it always showed. Run on every demo start: it adds only what is missing and
 * gives a provider only to a service that has none recorded, so it never overwrites an administrator's choice.
 */
@Component
@Profile("demo")
class DemoProviders {

    private static final Map<String, String> PROVIDERS = Map.of(
            "KENT_SHORT_BREAKS", "Kent Short Breaks Partnership",
            "KENT_CARE_SUPPORT", "Kent Care and Support Partnership",
            "KENT_ISS_GROUP", "Kent Independent Special Schools Group");

    private static final Map<String, String> RUN_BY = Map.of(
            "SHORT_BREAKS", "KENT_SHORT_BREAKS",
            "PORTAGE", "KENT_SHORT_BREAKS",
            "INDEPENDENT_SPECIAL_SCHOOLS", "KENT_ISS_GROUP",
            "SUPPORTED_LIVING", "KENT_CARE_SUPPORT",
            "HOME_CARE", "KENT_CARE_SUPPORT",
            "CARE_HOMES", "KENT_CARE_SUPPORT");

    private final JdbcClient jdbc;

    DemoProviders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void restore() {
        PROVIDERS.forEach((code, name) ->
                jdbc.sql("""
                        INSERT INTO organisation (code, name, kind)
                        SELECT :code, :name, 'PROVIDER' FROM DUAL
                        WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE code = :code OR name = :name)
                        """).param("code", code).param("name", name).update());
        RUN_BY.forEach((service, provider) -> jdbc.sql("""
                        UPDATE commissioned_service SET provider_id = (SELECT id FROM organisation WHERE code = :provider)
                        WHERE code = :service AND provider_id IS NULL
                        """)
                .param("provider", provider)
                .param("service", service)
                .update());
    }
}
