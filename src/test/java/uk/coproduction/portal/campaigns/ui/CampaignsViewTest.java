package uk.coproduction.portal.campaigns.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.campaigns.CampaignForm;
import uk.coproduction.portal.campaigns.CampaignJourney;
import uk.coproduction.portal.campaigns.CampaignService;
import uk.coproduction.portal.campaigns.CampaignSummary;
import uk.coproduction.portal.exports.ui.ExportView;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.reporting.ui.DashboardView;
import uk.coproduction.portal.security.TestAccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff screen of campaign and event links (decision 0027), found by what a person sees and hears. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class CampaignsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CampaignService campaigns;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerMakesACampaignAndSeesItsLinkAndAQrCodeWithAnAccessibleName() {
        String name = "Year 9 assembly " + UUID.randomUUID();
        navigate(CampaignsView.class);
        assertThat(find(RouterLink.class).withText("Campaign links").exists())
                .as("in the staff menu")
                .isTrue();

        test(find(TextField.class).withLabel("Name of the campaign or event").single())
                .setValue(name);
        test(find(IntegerField.class).withLabel("How many people you expect").single())
                .setValue(300);
        test(find(Button.class).withText("Make the link").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("Link made for " + name + ". Its link and QR code are below.")
                        .exists())
                .isTrue();
        Section card = card(name);
        TextField link =
                find(TextField.class, card).withLabel("Link to hand out").single();
        assertThat(link.getValue()).matches("http://localhost:8080/campaign/[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
        assertThat(link.isReadOnly()).isTrue();
        Image qr = find(Image.class, card).single();
        assertThat(qr.getAlt()).contains("QR code for the link to " + name);
        assertThat(qr.getSrc()).isNotBlank();
        assertThat(find(Anchor.class, card)
                        .withText("Download the QR code as PNG (for documents)")
                        .exists())
                .isTrue();
        assertThat(find(Anchor.class, card)
                        .withText("Download the QR code as SVG (for print)")
                        .exists())
                .isTrue();
        assertThat(card.getElement().getTextRecursively())
                .contains("Open now", "Expected people: 300", "Journeys started through this link: 0. Sent: 0.");
        assertThat(jdbc.queryForObject("select expected_people from campaign where name = ?", Integer.class, name))
                .isEqualTo(300);
    }

    @Test
    void aFormWithAProblemSaysHowToFixItAndKeepsWhatWasTyped() {
        navigate(CampaignsView.class);
        IntegerField people =
                find(IntegerField.class).withLabel("How many people you expect").single();
        test(people).setValue(5000);

        test(find(Button.class).withText("Make the link").single()).click();

        TextField name =
                find(TextField.class).withLabel("Name of the campaign or event").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name for the campaign or event");
        assertThat(find(Button.class)
                        .withText("Enter a name for the campaign or event")
                        .exists())
                .as("the error summary leads to the field")
                .isTrue();
        assertThat(people.getValue()).isEqualTo(5000);
    }

    @Test
    void commissionerClosesALeakedLinkAndReopensIt() {
        String name = "Leaked " + UUID.randomUUID();
        navigate(CampaignsView.class);
        test(find(TextField.class).withLabel("Name of the campaign or event").single())
                .setValue(name);
        test(find(IntegerField.class).withLabel("How many people you expect").single())
                .setValue(40);
        test(find(Button.class).withText("Make the link").single()).click();

        test(find(Button.class, card(name)).withText("Close this link").single())
                .click();

        assertThat(card(name).getElement().getTextRecursively()).contains("Closed by hand");
        assertThat(find(Paragraph.class)
                        .withText("The link for " + name
                                + " is closed. People who follow it can still give feedback in the ordinary way.")
                        .exists())
                .isTrue();
        Button reopen =
                find(Button.class, card(name)).withText("Re-open this link").single();
        assertThat(reopen.getElement().getAttribute("aria-label")).isEqualTo("Re-open the link for " + name);
        test(reopen).click();
        assertThat(card(name).getElement().getTextRecursively()).contains("Open now");
    }

    @Test
    void commissionerSplitsTheDashboardAndTheExportsByCampaign() {
        CampaignSummary school = campaigns.create(new CampaignForm(
                "Split by " + UUID.randomUUID(),
                CampaignJourney.RESIDENT_FEEDBACK,
                null,
                null,
                30,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1))));

        UI.getCurrent().navigate(DashboardView.class, QueryParameters.fromString("campaign=" + school.id()));

        Select<?> campaign =
                find(Select.class).withLabel("Campaign or event link").single();
        assertThat(campaign.getValue()).isEqualTo(new ServiceDashboard.CampaignChoice(school.id(), school.name()));
        test(find(Select.class).withLabel("How it reached us").single()).selectItem("The person, online");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .as("the campaign stays in the shareable address")
                .containsEntry("campaign", List.of(String.valueOf(school.id())));

        UI.getCurrent().navigate(ExportView.class, QueryParameters.fromString("campaign=" + school.id()));

        ComboBox<?> exportCampaign =
                find(ComboBox.class).withLabel("Campaign or event link").single();
        assertThat(exportCampaign.getValue())
                .isEqualTo(new ServiceDashboard.CampaignChoice(school.id(), school.name()));
    }

    private Section card(String name) {
        return find(Section.class).all().stream()
                .filter(section -> name.equals(section.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
    }
}
