package uk.coproduction.portal.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile gives every screen something to show, and the README's accounts work. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void thereIsOneDemoAccountPerRoleWithTheReadmePassword() {
        assertThat(jdbc.queryForList("select role from staff_account_role order by role", String.class))
                .containsExactly("ADMIN", "ADVOCATE", "COMMISSIONER", "COMMISSIONER", "COMMISSIONER", "SAFEGUARDING_LEAD");
        List<String> hashes = jdbc.queryForList("select password_hash from staff_account", String.class);
        assertThat(hashes).hasSize(6).allSatisfy(hash -> assertThat(passwordEncoder.matches("demo-password", hash)).isTrue());
    }

    @Test
    void aFewHundredFeedbackEntriesAreSpreadOverServicesAreasGroupsAndEightQuarters() {
        assertThat(jdbc.queryForObject("select count(*) from feedback", Integer.class)).isBetween(200, 500);
        assertThat(jdbc.queryForObject("select count(distinct service_id) from feedback", Integer.class)).isEqualTo(18);
        assertThat(jdbc.queryForObject("select count(distinct area_id) from feedback", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForList("select distinct respondent_group from feedback", String.class))
                .containsExactlyInAnyOrder("YOUNG_PERSON", "PARENT_CARER", "LDA_ADULT", "SOMEONE_ELSE");
        assertThat(jdbc.queryForObject("""
                select count(distinct concat(year(submitted_at), '-', quarter(submitted_at))) from feedback
                """, Integer.class)).isBetween(8, 9);
        assertThat(jdbc.queryForObject(
                "select count(*) from feedback where submitted_at < now() - interval 2 year - interval 1 day",
                Integer.class)).isZero();
    }

    @Test
    void entriesAreAtEveryStageOfTheLoopWithRepliesAndLinksWhereTheStatusSaysSo() {
        assertThat(jdbc.queryForList("select distinct status from feedback", String.class))
                .contains("NEW", "READ", "LINKED", "REPLIED");
        assertThat(jdbc.queryForObject("""
                select count(*) from feedback f where f.status = 'REPLIED'
                and not exists (select 1 from feedback_reply r where r.feedback_id = f.id)
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from feedback f where f.status in ('LINKED', 'REPLIED')
                and not exists (select 1 from feedback_plan_action a where a.feedback_id = f.id)
                """, Integer.class)).isZero();
    }
}
