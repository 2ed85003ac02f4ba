package uk.coproduction.portal.outcomes;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.coproduction.portal.PortalTest;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V0180 carries each indicator's single latest value over as the first dated value of its history, with who entered
 * it and when. Run on a database of its own, migrated to just before V0180, given latest values the old way, then
 * migrated on.
 */
@PortalTest
class OutcomeValueMigrationTest {

    @Autowired
    DataSource portalDataSource;

    @Autowired
    JdbcTemplate portal;

    @Test
    void theMigrationCarriesTodaysLatestValuesOverAsTheFirstDatedValues() throws SQLException {
        String database = "v0180_" + UUID.randomUUID().toString().substring(0, 8);
        portal.execute("CREATE DATABASE " + database);
        try {
            HikariDataSource pool = portalDataSource.unwrap(HikariDataSource.class);
            String url = pool.getJdbcUrl().replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database);
            DriverManagerDataSource own = new DriverManagerDataSource(url, pool.getUsername(), pool.getPassword());
            // Up to the last migration before V0180, whichever that is once other branches have added theirs.
            String justBefore = Arrays.stream(Flyway.configure()
                            .dataSource(own)
                            .locations("classpath:db/migration")
                            .load()
                            .info()
                            .all())
                    .map(m -> m.getVersion())
                    .filter(v -> v != null && v.isNewerThan("0") && !v.isAtLeast("0180"))
                    .max(Comparable::compareTo)
                    .orElseThrow()
                    .getVersion();
            Flyway.configure()
                    .dataSource(own)
                    .locations("classpath:db/migration")
                    .target(justBefore)
                    .load()
                    .migrate();
            JdbcTemplate before = new JdbcTemplate(own);
            before.update("""
                    UPDATE outcome_indicator SET latest_value = 88.5, latest_period = '2026-27 Q2', latest_as_of = '2026-09-30',
                        source_note = 'KMPT monthly performance report', updated_by = 'alex.admin',
                        updated_at = '2026-10-03 09:15:00'
                    WHERE code = 'CYP_CAMHS_18_WEEKS'""");
            before.update("""
                    UPDATE objective SET latest_value = 52, latest_period = 'September 2026', latest_as_of = '2026-09-30',
                        source_note = 'Assuring Transformation', updated_by = 'ruth.clarke', updated_at = '2026-10-10 14:00:00'
                    WHERE code = 'LDA_TRANSFORMING_CARE_INPATIENTS'""");

            Flyway.configure()
                    .dataSource(own)
                    .locations("classpath:db/migration")
                    .target("0180")
                    .load()
                    .migrate();

            List<Map<String, Object>> values = before.queryForList("""
                    SELECT COALESCE(i.code, o.code) AS code, v.value, v.as_of, v.period_label, v.source, v.source_note,
                        v.recorded_by, v.recorded_at, v.corrects_id
                    FROM outcome_value v LEFT JOIN outcome_indicator i ON i.id = v.indicator_id
                    LEFT JOIN objective o ON o.id = v.objective_id ORDER BY code""");
            assertThat(values).hasSize(2);
            assertThat(values.get(0))
                    .containsEntry("code", "CYP_CAMHS_18_WEEKS")
                    .containsEntry("period_label", "2026-27 Q2")
                    .containsEntry("source", "HAND")
                    .containsEntry("source_note", "KMPT monthly performance report")
                    .containsEntry("recorded_by", "alex.admin")
                    .containsEntry("corrects_id", null);
            assertThat(values.get(0).get("value").toString()).isEqualTo("88.50");
            assertThat(values.get(0).get("as_of").toString()).isEqualTo("2026-09-30");
            assertThat(values.get(0).get("recorded_at").toString()).startsWith("2026-10-03 09:15");
            assertThat(values.get(1))
                    .containsEntry("code", "LDA_TRANSFORMING_CARE_INPATIENTS")
                    .containsEntry("period_label", "September 2026")
                    .containsEntry("recorded_by", "ruth.clarke");
            assertThat(before.queryForObject("""
                    SELECT COUNT(*) FROM information_schema.columns
                    WHERE table_schema = DATABASE() AND column_name = 'latest_value'""", Long.class))
                    .as("the single latest value has one home now: the history")
                    .isZero();
        } finally {
            portal.execute("DROP DATABASE " + database);
        }
    }
}
