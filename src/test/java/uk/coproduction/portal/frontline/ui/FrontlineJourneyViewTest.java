package uk.coproduction.portal.frontline.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.InboxView;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class FrontlineJourneyViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void frontlineWorkerFollowsTheQuarterLinkAnswersAndIsThanked() {
        UI.getCurrent().navigate(FrontlineJourneyView.class, QueryParameters.of("quarter", "2026-Q4"));
        assertThat(getCurrentView()).isInstanceOf(FrontlineJourneyView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Your view as a frontline worker");
        assertThat(find(Paragraph.class)
                        .withText("Your answers count for 2026-Q4.")
                        .exists())
                .isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<Object> service =
                find(ComboBox.class).withLabel("Which service do you work in?").single();
        test(service).selectItem("Portage (home learning for young disabled children)");
        test(find(TextField.class).withLabel("Your role (optional)").single()).setValue("Portage home visitor");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> respect = find(RadioButtonGroup.class)
                .withLabel("How well does the service treat the people it supports with respect and kindness?")
                .single();
        test(respect).selectItem("Very well");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> lead = find(RadioButtonGroup.class)
                .withLabel("How well does the service let people lead and make decisions?")
                .single();
        test(lead).selectItem("Badly");
        String words = "Families wait months for a first visit " + UUID.randomUUID();
        test(find(TextArea.class)
                        .withLabel("What stops you, or the service, meeting these expectations?")
                        .single())
                .setValue(words);
        test(find(Button.class).withText("Send my view").single()).click();

        assertThat(getCurrentView()).isInstanceOf(FrontlineThanksView.class);
        assertThat(find(Paragraph.class)
                        .withText("Your view has been sent. It counts for 2026-Q4.")
                        .exists())
                .isTrue();
        Map<String, Object> stored = jdbc.queryForMap("""
                select f.respondent_group, f.channel, r.quarter, r.role,
                       (select count(*) from feedback_rating fr where fr.feedback_id = f.id) answers
                from feedback f join frontline_response r on r.feedback_id = f.id where f.comment = ?""", words);
        assertThat(stored)
                .containsEntry("respondent_group", "FRONTLINE_WORKER")
                .containsEntry("channel", "STAFF")
                .containsEntry("quarter", "2026-Q4")
                .containsEntry("role", "Portage home visitor");
        assertThat(((Number) stored.get("answers")).intValue()).isEqualTo(2);
    }

    @Test
    void sendingWithoutAServiceSaysWhatToDoAndKeepsTheWords() {
        navigate(FrontlineJourneyView.class);
        TextArea blockers = find(TextArea.class)
                .withLabel("What stops you, or the service, meeting these expectations?")
                .single();
        test(blockers).setValue("Too much paperwork");

        test(find(Button.class).withText("Send my view").single()).click();

        assertThat(getCurrentView()).isInstanceOf(FrontlineJourneyView.class);
        ComboBox<?> service =
                find(ComboBox.class).withLabel("Which service do you work in?").single();
        assertThat(service.isInvalid()).isTrue();
        assertThat(service.getErrorMessage()).isEqualTo("Choose the service you work in");
        assertThat(blockers.getValue()).isEqualTo("Too much paperwork");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionersCanFilterTheInboxToFrontlineWorkersViews() {
        accounts.ensureStandardAccounts();
        navigate(InboxView.class);

        @SuppressWarnings("unchecked")
        Select<Object> group = find(Select.class).withLabel("From").single();
        assertThat(group.getListDataView().getItems()).contains(RespondentGroup.FRONTLINE_WORKER);
        test(group).selectItem("A frontline worker (staff view)");
        assertThat(group.getValue()).isEqualTo(RespondentGroup.FRONTLINE_WORKER);
    }
}
