package uk.coproduction.portal.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.feedback.ProviderFeedbackItem;
import uk.coproduction.portal.feedback.ProviderFeedbackService;

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
                .containsExactly(
                        "ADMIN",
                        "ADVOCATE",
                        "BOARD",
                        "COMMISSIONER",
                        "COMMISSIONER",
                        "COMMISSIONER",
                        "COMMISSIONER",
                        "PROVIDER",
                        "SAFEGUARDING_LEAD");
        List<String> hashes = jdbc.queryForList("select password_hash from staff_account", String.class);
        assertThat(hashes)
                .hasSize(9)
                .allSatisfy(hash -> assertThat(passwordEncoder.matches("demo-password", hash))
                        .isTrue());
    }

    @Test
    void theDemoKeepsItsIllustrativeProvidersThatRealDatabasesNoLongerHave() {
        // V0110 takes them out of every database (decision 0029); DemoProviders puts them back for the demo.
        assertThat(jdbc.queryForList("""
                select concat(s.code, ' ', p.code) from commissioned_service s join organisation p on p.id = s.provider_id
                where p.code in ('KENT_SHORT_BREAKS', 'KENT_CARE_SUPPORT', 'KENT_ISS_GROUP') order by s.code
                """, String.class))
                .containsExactly(
                        "CARE_HOMES KENT_CARE_SUPPORT",
                        "HOME_CARE KENT_CARE_SUPPORT",
                        "INDEPENDENT_SPECIAL_SCHOOLS KENT_ISS_GROUP",
                        "PORTAGE KENT_SHORT_BREAKS",
                        "SHORT_BREAKS KENT_SHORT_BREAKS",
                        "SUPPORTED_LIVING KENT_CARE_SUPPORT");
    }

    @Test
    void everySeededIndicatorHasSixQuartersOfHistoryAndTheHealthChecksShowACorrection() {
        // Decision 0037: enough dated values for a trend on every chart, and one correction beside what it corrects.
        assertThat(jdbc.queryForList("""
                select count(*) from outcome_value v
                where not exists (select 1 from outcome_value c where c.corrects_id = v.id)
                group by coalesce(v.indicator_id, -v.objective_id)""", Integer.class)).hasSize(18).containsOnly(6);
        assertThat(jdbc.queryForList("""
                select concat(v.value, ' ', v.source, ' ', case when c.id is null then 'standing' else 'corrected' end)
                from outcome_value v join objective o on o.id = v.objective_id
                left join outcome_value c on c.corrects_id = v.id
                where o.code = 'LDA_ANNUAL_HEALTH_CHECKS' order by v.as_of, v.id""", String.class))
                .containsExactly(
                        "66.00 IMPORT standing",
                        "68.00 IMPORT standing",
                        "70.00 IMPORT standing",
                        "69.00 IMPORT standing",
                        "72.00 IMPORT standing",
                        "73.00 HAND corrected",
                        "74.00 HAND standing");
    }

    @Test
    void aFewHundredFeedbackEntriesAreSpreadOverServicesAreasGroupsAndEightQuarters() {
        assertThat(jdbc.queryForObject("select count(*) from feedback", Integer.class))
                .isBetween(200, 500);
        assertThat(jdbc.queryForObject("select count(distinct service_id) from feedback", Integer.class))
                .isEqualTo(18);
        assertThat(jdbc.queryForObject("select count(distinct area_id) from feedback", Integer.class))
                .isEqualTo(4);
        // Frontline staff answer the demo's reviews (issue 21) as one of their audiences.
        assertThat(jdbc.queryForList("select distinct respondent_group from feedback", String.class))
                .containsExactlyInAnyOrder(
                        "YOUNG_PERSON", "PARENT_CARER", "LDA_ADULT", "SOMEONE_ELSE", "FRONTLINE_WORKER");
        assertThat(jdbc.queryForObject("""
                select count(distinct concat(year(submitted_at), '-', quarter(submitted_at))) from feedback
                """, Integer.class)).isBetween(8, 9);
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where submitted_at < now() - interval 2 year - interval 1 day",
                        Integer.class))
                .isZero();
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

    @Test
    void theLoopIsClosedForThreeServicesThroughTheWorkspaceSoYouSaidWeDidHasSomethingToShow() {
        assertThat(jdbc.queryForList("""
                select s.code from plan_change c join commissioned_service s on s.id = c.service_id
                where c.published = TRUE and c.easy_read is not null order by s.code
                """, String.class))
                .containsExactly("NEURODEVELOPMENTAL_PATHWAY", "SHORT_BREAKS", "SPEECH_LANGUAGE_THERAPY");
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_change_feedback l join feedback f on f.id = l.feedback_id
                where f.status <> 'CHANGE_MADE'
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from feedback_theme", Integer.class))
                .isGreaterThan(50);
        // Two quotes published, each by a second commissioner; the Short Breaks one waits for approval.
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where quote_approved_at is not null"
                                + " and quote_approved_by <> quote_proposed_by",
                        Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where quote_text is not null" + " and quote_approved_at is null",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void voicesAlsoComeThroughTheAdvocateWithConsentRecordedAndThroughAPartnershipBoard() {
        assertThat(jdbc.queryForObject("""
                select count(*) from feedback f join feedback_advocacy a on a.feedback_id = f.id
                where f.channel = 'ADVOCATE'
                """, Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("select consent from feedback_advocacy order by consent", String.class))
                .containsExactly("BEST_INTERESTS", "OWN_VERBAL", "OWN_WRITTEN");
        assertThat(jdbc.queryForObject("select count(*) from feedback where channel = 'EVENT'", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from activity where what_changed is not null", Integer.class))
                .isEqualTo(1);
    }

    @Autowired
    AdvocacyService advocacy;

    @Test
    @WithMockUser(username = "advocate", roles = "ADVOCATE")
    void theDemoAdvocateSeesWhatTheySentInTheirCaseload() {
        assertThat(advocacy.caseload()).hasSize(3);
        assertThat(advocacy.caseload())
                .filteredOn(item -> !item.replies().isEmpty())
                .hasSize(1);
    }

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    ProviderFeedbackService providerFeedback;

    @Test
    @WithMockUser(username = "commissioner.children", roles = "COMMISSIONER")
    void theCouncilsChildrensCommissionerSeesCouncilAndJointServicesButNoNhsOnlyOne() {
        assertThat(triage.inbox(List.of(), 0, 1000))
                .extracting(InboxItem::serviceName)
                .contains("Short Breaks holiday clubs", "Speech and Language Therapy")
                .doesNotContain("Occupational Therapy", "Emotional wellbeing and CAMHS", "Supported living");
    }

    @Test
    @WithMockUser(username = "provider", roles = "PROVIDER")
    void theDemoProviderSeesTheModeratedQuotesAboutKchftsServicesOnly() {
        assertThat(providerFeedback.moderatedFeedback())
                .extracting(ProviderFeedbackItem::serviceName)
                .containsExactlyInAnyOrder(
                        "Speech and Language Therapy", "Neurodevelopmental (ADHD and autism assessment) Pathway");
    }
}
