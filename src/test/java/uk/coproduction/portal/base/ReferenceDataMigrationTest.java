package uk.coproduction.portal.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway seeds the reference data every area starts from (administrators edit it later). */
@PortalTest
class ReferenceDataMigrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSixCharterExpectationsAreSeededInOrder() {
        List<String> titles =
                jdbc.queryForList("select title from charter_expectation order by position", String.class);
        assertThat(titles)
                .containsExactly(
                        "Respect us & be kind",
                        "Include and accept us",
                        "Listen, understand and act upon what we say",
                        "Be honest and trust each other",
                        "Support us to grow and learn from our experiences",
                        "Let us lead and make decisions");
    }

    /** Rows an administrator added through the register (other tests do, in the shared database) are not seeded. */
    private static String seeded(String table, String kind) {
        return "not exists (select 1 from audit_event e where e.action = '" + kind + ".added' and e.object_type = '"
                + kind + "' and e.object_id = " + table + ".code)";
    }

    @Test
    void theFourCarePartnershipAreasAreSeeded() {
        assertThat(jdbc.queryForList(
                        "select name from area where " + seeded("area", "area") + " order by name", String.class))
                .containsExactly("Dartford, Gravesham and Swanley", "East Kent", "Medway and Swale", "West Kent");
    }

    @Test
    void everyServiceHasACommissionerProviderClientGroupStageAndAtLeastOneArea() {
        // Seeded services are active; tests add services of their own to the shared database: inactive, through the
        // register (audited as added), or active with a test's own code prefix, whichever test ran first.
        String seededService =
                seeded("commissioned_service", "service") + " and code not regexp '^(EV|T|TEST|PACKTEST|DB)_'";
        assertThat(jdbc.queryForObject(
                        "select count(*) from commissioned_service where team = 'CHILDRENS' and active" + " and "
                                + seededService,
                        Integer.class))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "select count(*) from commissioned_service where team = 'LDA' and active" + " and "
                                + seededService,
                        Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("""
                select count(*) from commissioned_service
                where active and (client_group = '' or cycle_stage not in ('ANALYSE','PLAN','DO','REVIEW')
                   or not exists (select 1 from service_area a where a.service_id = commissioned_service.id))
                   and %s""".formatted(seededService), Integer.class))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select name from commissioned_service where joint_pilot order by name", String.class))
                .hasSize(4);
    }

    @Test
    void theDeliveryPlanHasFourDomainsWithOutcomesAndActions() {
        assertThat(jdbc.queryForList("""
                select d.title from plan_domain d join plan p on p.id = d.plan_id
                where p.code = 'JCDP_2020_21' order by d.code
                """, String.class))
                .containsExactly(
                        "Getting the foundations right",
                        "Person-centred, place-based and outcomes-focused",
                        "Shaping provision",
                        "Raising the ambition");
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.code = 'JCDP_2020_21' and a.timescale <> ''
                """, Integer.class)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theLdaSmartObjectivesAreSeededWithTargets() {
        assertThat(jdbc.queryForList(
                        "select target_value from objective where team = 'LDA' and target_value is not null",
                        BigDecimal.class))
                .extracting(BigDecimal::intValue)
                .contains(75, 57, 86);
    }
}
