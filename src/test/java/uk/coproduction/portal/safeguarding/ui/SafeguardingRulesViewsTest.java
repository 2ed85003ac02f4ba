package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.workspace.ui.FeedbackDetailView;
import uk.coproduction.portal.workspace.ui.InboxView;
import uk.coproduction.portal.workspace.ui.StaffHomeView;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class SafeguardingRulesViewsTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerFlagsAnItemWithAReasonAndIsTakenBackToTheInbox() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceOf(Team.CHILDRENS), "My key worker says I am stupid every week"))
                .referenceCode();
        long id = jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));

        test(find(Button.class).withText("Flag as a safeguarding concern").single())
                .click();
        test(find(Button.class)
                        .withText("Flag it and send it to the safeguarding lead")
                        .single())
                .click();
        TextArea reason = find(TextArea.class).withLabel("Why are you worried?").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Write why you are worried");
        assertThat(getCurrentView()).isInstanceOf(FeedbackDetailView.class);

        test(reason).setValue("Repeated belittling by a key worker");
        test(find(Button.class)
                        .withText("Flag it and send it to the safeguarding lead")
                        .single())
                .click();

        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        assertThat(find(Notification.class).single().getElement().getProperty("text", ""))
                .startsWith("Flagged as a safeguarding concern.");
        assertThat(jdbc.queryForMap(
                        "select safeguarding_flag, safeguarding_source, safeguarding_flagged_by,"
                                + " safeguarding_reason from feedback where id = ?",
                        id))
                .containsEntry("safeguarding_flag", true)
                .containsEntry("safeguarding_source", "STAFF")
                .containsEntry("safeguarding_flagged_by", TestAccounts.CHILDRENS_COMMISSIONER)
                .containsEntry("safeguarding_reason", "Repeated belittling by a key worker");
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void theLeadSeesHowManyNewConcernsThereAreAndWhyEachIsInTheQueue() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceOf(Team.CHILDRENS), "I am scared to go home after club"))
                .referenceCode();
        submissions.tellSomeone(UUID.randomUUID().toString(), "Please help", ContactRequest.NONE, null, "en-GB");
        long waiting = jdbc.queryForObject(
                "select count(*) from feedback f where f.safeguarding_flag and not exists"
                        + " (select 1 from safeguarding_action a where a.feedback_id = f.id and a.kind = 'ACKNOWLEDGED')",
                Long.class);

        navigate(StaffHomeView.class);
        assertThat(find(RouterLink.class)
                        .withText(waiting + " new safeguarding concerns")
                        .all())
                .hasSize(2);

        navigate(SafeguardingQueueView.class);
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("Matched the words: \u201cscared to go home\u201d");
        assertThat(find(RouterLink.class).withText("Item " + code).exists()).isTrue();
    }
}
