package uk.coproduction.portal.workspace.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class CommissionerTriageViewsTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerSeesNewFeedbackAtTheTopOfTheInbox() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Newest words"))
                .referenceCode();

        navigate(InboxView.class);

        assertThat(find(H1.class).withText("Feedback inbox").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<InboxItem> grid = find(Grid.class).single();
        assertThat(((RouterLink) test(grid).getCellComponent(0, 0)).getText()).isEqualTo(code);
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("Newest words");
    }

    @Test
    void commissionerOpensAnItemLinksItToAPlanActionAndReplies() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "We waited months"))
                .referenceCode();
        long id = fixtures.idOf(code);

        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));

        assertThat(find(H1.class).withText("Feedback " + code).exists()).isTrue();
        assertThat(find(Paragraph.class).withText("We waited months").exists()).isTrue();
        assertThat(find(DescriptionList.Description.class).withText("Read").exists())
                .isTrue();
        assertThat(find(DescriptionList.Term.class)
                        .withText("Respect us & be kind")
                        .exists())
                .isTrue();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ActionSummary> actionField = find(MultiSelectComboBox.class)
                .withLabel("Delivery Plan actions this feedback informs")
                .single();
        var actions = test(actionField);
        actions.setFilter("4.1.1 build an evidenced");
        actions.selectItem(actions.getSuggestions().getFirst());
        test(find(Button.class).withText("Save links").single()).click();
        assertThat(find(DescriptionList.Description.class)
                        .withText("Linked to a plan")
                        .exists())
                .isTrue();

        test(find(TextArea.class).withLabel("Your reply").single()).setValue("Thank you. We are adding staff.");
        test(find(Button.class).withText("Preview reply").single()).click();
        test(find(Button.class).withText("Send").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("Thank you. We are adding staff.")
                        .exists())
                .isTrue();
        assertThat(submissions.progress(code).orElseThrow().status()).isEqualTo(FeedbackStatus.REPLIED);
    }

    @Test
    void anEmptyReplyIsNotSentAndTheCommissionerIsToldWhy() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Hello"))
                .referenceCode();
        long id = fixtures.idOf(code);
        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));

        test(find(Button.class).withText("Preview reply").single()).click();

        TextArea reply = find(TextArea.class).withLabel("Your reply").single();
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).isEqualTo("Write a reply before you send it");
        assertThat(find(Button.class).withText("Send").exists())
                .as("no preview of an empty reply")
                .isFalse();
    }

    @Test
    void anUnknownFeedbackNumberShowsNotFound() {
        UI.getCurrent().navigate("staff/feedback/999999999");

        assertThat(getCurrentView()).isNotInstanceOf(FeedbackDetailView.class);
        assertThat(find(H1.class).withTextContaining("Feedback ").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.LDA_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anotherTeamsFeedbackLooksExactlyLikeFeedbackThatDoesNotExist() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Private words"))
                .referenceCode();
        long id = fixtures.idOf(code);

        UI.getCurrent().navigate("staff/feedback/" + id);

        assertThat(getCurrentView()).isNotInstanceOf(FeedbackDetailView.class);
        assertThat(find(Paragraph.class).withText("Private words").exists()).isFalse();
    }
}
