package uk.coproduction.portal.workspace.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.ModerationService;
import uk.coproduction.portal.feedback.QuotePublishing;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Provider staff read moderated feedback about their services and send draft replies to a commissioner. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class ProviderFeedbackViewTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    ModerationService moderation;

    @Autowired
    QuotePublishing quotePublishing;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.PROVIDER, roles = Roles.PROVIDER)
    void providerDraftsAReplyToModeratedFeedbackAndItWaitsForACommissioner() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String original = "Doctor Amir Khan at Elm Road was brilliant " + marker;
        String moderated = "The doctor at [place] was brilliant " + marker;
        long id = moderatedAbout("Speech and Language Therapy", original, moderated);

        navigate(ProviderFeedbackView.class);

        assertThat(find(Paragraph.class).withText(moderated).exists()).isTrue();
        assertThat(find(Paragraph.class).withText(original).exists())
                .as("never the original words")
                .isFalse();
        assertThat(find(RouterLink.class)
                        .withText("Feedback about your services")
                        .exists())
                .as("menu link")
                .isTrue();
        Paragraph words = find(Paragraph.class).withText(moderated).single();
        H2 heading = (H2) words.getParent()
                .orElseThrow()
                .getChildren()
                .filter(H2.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(heading.getText()).startsWith("Speech and Language Therapy, ");

        Button draft = find(Button.class)
                .from(words.getParent().orElseThrow())
                .withTextContaining("Draft a reply")
                .single();
        test(draft).click();
        test(find(Button.class).withText("Send to a commissioner for approval").single())
                .click();
        TextArea reply = find(TextArea.class).withLabel("Your draft reply").single();
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).isEqualTo("Write a reply before you send it");

        test(reply).setValue("Thank you, we will pass this on to the team.");
        test(find(Button.class).withText("Send to a commissioner for approval").single())
                .click();

        assertThat(find(Paragraph.class)
                        .from(words.getParent().orElseThrow())
                        .withText("A draft reply is waiting for a commissioner to approve it.")
                        .exists())
                .isTrue();
        assertThat(jdbc.queryForObject("select state from feedback_reply where feedback_id = ?", String.class, id))
                .isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    @WithMockUser(username = TestAccounts.BOARD, roles = Roles.BOARD)
    void aBoardMemberLandsOnTheStaffHomeWithAnExplanationAndNoIdentifiableTools() {
        navigate(StaffHomeView.class);
        assertThat(find(Paragraph.class)
                        .withTextContaining("As a board member you see figures and evidence packs")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withTextContaining("Your role has no tools here yet")
                        .exists())
                .isFalse();
        assertThat(find(RouterLink.class).withText("Feedback inbox").exists()).isFalse();
        assertThat(find(RouterLink.class)
                        .withText("Feedback about your services")
                        .exists())
                .isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.PROVIDER, roles = Roles.PROVIDER)
    void aProviderSeesTheirToolOnTheStaffHome() {
        navigate(StaffHomeView.class);
        assertThat(find(RouterLink.class)
                        .withText("Feedback about your services")
                        .all())
                .hasSize(2);
        assertThat(find(RouterLink.class).withText("Feedback inbox").exists()).isFalse();
    }

    private long moderatedAbout(String serviceName, String words, String quote) {
        var before = SecurityContextHolder.getContext();
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        try {
            String code = submissions
                    .submit(fixtures.youngPersonAbout(fixtures.serviceNamed(serviceName), words))
                    .referenceCode();
            long id = jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
            quotePublishing.publish(
                    id, quote, TestAccounts.CHILDRENS_COMMISSIONER, TestAccounts.SECOND_CHILDRENS_COMMISSIONER);
            return id;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
