package uk.coproduction.portal.services.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.reporting.Figures;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.workspace.ServicePage;
import uk.coproduction.portal.workspace.ui.ServiceView;
import uk.coproduction.portal.workspace.ui.ServicesView;
import uk.coproduction.portal.workspace.ui.StaffHomeView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ServiceViewsTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    HeadlineFigures figures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServiceCatalogue catalogue;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerSeesTheirTeamsServicesWithHeadlineFigures() {
        submissions.submit(
                fixtures.youngPersonAbout(fixtures.serviceNamed("Speech and Language Therapy"), "Good sessions"));
        long speech = fixtures.serviceNamed("Speech and Language Therapy").id();
        Figures expected = figures.forServices(List.of(speech)).get(speech);

        navigate(ServicesView.class);

        assertThat(find(H1.class).withText("Services").exists()).isTrue();
        List<String> names = find(RouterLink.class).all().stream()
                .filter(link -> link.getParent()
                        .filter(NativeTableHeaderCell.class::isInstance)
                        .isPresent())
                .map(RouterLink::getText)
                .toList();
        assertThat(names)
                .contains("Speech and Language Therapy", "Short Breaks holiday clubs")
                .doesNotContain("Care homes", "Supported living");
        NativeTableRow speechRow = find(NativeTableRow.class).all().stream()
                .filter(row -> row.getElement().getTextRecursively().startsWith("Speech and Language Therapy"))
                .findFirst()
                .orElseThrow();
        List<String> cells = speechRow
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
        // Every figure through the one disclosure-control rule (decision 0022): under 5 hidden, the rest rounded.
        assertThat(cells.get(3)).isEqualTo(SmallNumbers.count(expected.items()).format("fewer than 5"));
        assertThat(expected.items()).isPositive();
        if (expected.replyShare().shown().isPresent()) {
            assertThat(cells.get(4))
                    .endsWith("(" + SmallNumbers.rounded(expected.replied()) + " of "
                            + SmallNumbers.rounded(expected.items()) + ")");
        } else {
            assertThat(cells.get(4)).isEqualTo("fewer than 5");
        }
        assertThat(cells.get(7))
                .isEqualTo(SmallNumbers.count(expected.overdue()).format("fewer than 5"));
    }

    @Test
    void commissionerOpensAServicePageWithItsDetailsFeedbackAndFiguresButNoSafeguardingConcern() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed("Speech and Language Therapy"), "The therapist listened to me"))
                .referenceCode();
        String flaggedCode = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed("Speech and Language Therapy"), "Something private"))
                .referenceCode();
        jdbc.update(
                "update feedback set safeguarding_flag = TRUE, safeguarding_source = 'PERSON' where reference_code = ?",
                flaggedCode);

        navigate(ServiceView.class, Map.of("code", "SPEECH_LANGUAGE_THERAPY"));

        assertThat(find(H1.class).withText("Speech and Language Therapy").exists())
                .isTrue();
        assertThat(description("Commissioner")).isEqualTo("NHS Kent and Medway");
        assertThat(description("Provider")).isEqualTo("Kent Community Health NHS Foundation Trust");
        assertThat(description("Commissioning cycle stage")).isEqualTo("Analyse");
        assertThat(description("Contract ends")).isEqualTo("30 September 2027");
        assertThat(description("Reply within")).isEqualTo("20 working days");
        assertThat(description("Jointly commissioned")).startsWith("Yes");
        assertThat(description("Areas")).contains("East Kent", "West Kent");
        assertThat(description("Reply rate")).isNotBlank();
        @SuppressWarnings("unchecked")
        Grid<ServicePage.FeedbackRow> feedback = find(Grid.class).single();
        var rows = test(feedback);
        List<String> references = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            references.add(((RouterLink) rows.getCellComponent(row, 0)).getText());
        }
        assertThat(references).contains(code).doesNotContain(flaggedCode);
        assertThat(find(H2.class).withText("Coproduction activities").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "test.services.admin", roles = Roles.ADMIN)
    void anAdministratorSeesAServicesFeedbackListWithoutReferenceCodesBecauseTheyCannotOpenTheItems() {
        accounts.ensure("test.services.admin", "Ari Admin", null, Set.of(Roles.ADMIN));
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed("Speech and Language Therapy"), "Not for the administrator"))
                .referenceCode();

        navigate(ServiceView.class, Map.of("code", "SPEECH_LANGUAGE_THERAPY"));

        @SuppressWarnings("unchecked")
        Grid<ServicePage.FeedbackRow> feedback = find(Grid.class).single();
        var rows = test(feedback);
        assertThat(rows.size()).isPositive();
        for (int row = 0; row < rows.size(); row++) {
            assertThat(rows.getCellComponent(row, 0).getElement().getTextRecursively())
                    .isEqualTo("Code not shown: not one of your items");
        }
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(code);
    }

    @Test
    @WithMockUser(username = "test.services.admin", roles = Roles.ADMIN)
    void anAdministratorSetsHowManyWorkingDaysAServiceHasToReplyAndIsToldHowToFixANonsenseNumber() {
        accounts.ensure("test.services.admin", "Ari Admin", null, Set.of(Roles.ADMIN));
        navigate(ServiceView.class, Map.of("code", "PORTAGE"));
        IntegerField days = find(IntegerField.class)
                .withLabel("Reply within (working days)")
                .single();
        Checkbox joint = find(Checkbox.class)
                .withLabel("Jointly commissioned: a second commissioner approves each reply")
                .single();

        test(days).setValue(0);
        test(find(Button.class).withText("Save reply settings").single()).click();
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Enter a whole number of working days from 1 to 60");

        test(days).setValue(10);
        test(joint).click();
        test(find(Button.class).withText("Save reply settings").single()).click();
        assertThat(
                        jdbc.queryForMap(
                                "select reply_within_days, jointly_commissioned from commissioned_service where code = 'PORTAGE'"))
                .containsEntry("reply_within_days", 10)
                .containsEntry("jointly_commissioned", true);
        jdbc.update(
                "update commissioned_service set reply_within_days = 20, jointly_commissioned = FALSE where code = 'PORTAGE'");
    }

    @Test
    void aCommissionerCannotChangeHowRepliesWork() {
        navigate(ServiceView.class, Map.of("code", "PORTAGE"));
        assertThat(find(IntegerField.class)
                        .withLabel("Reply within (working days)")
                        .exists())
                .isFalse();
        Assertions.assertThatThrownBy(() -> catalogue.changeReplySettings("PORTAGE", 5, true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTeamsServiceLooksExactlyLikeAServiceThatDoesNotExist() {
        UI.getCurrent().navigate("staff/services/CARE_HOMES");
        assertThat(getCurrentView()).isNotInstanceOf(ServiceView.class);

        UI.getCurrent().navigate("staff/services/NO_SUCH_SERVICE");
        assertThat(getCurrentView()).isNotInstanceOf(ServiceView.class);
    }

    @Test
    void theCommissionersHomePageShowsTheirOwnFigures() {
        String owner = TestAccounts.CHILDRENS_COMMISSIONER;
        String code = submissions
                .submit(fixtures.youngPersonAbout(
                        fixtures.serviceNamed("Portage (home learning for young disabled children)"), "Mine to answer"))
                .referenceCode();
        jdbc.update("update feedback set owner = ? where reference_code = ?", owner, code);
        long owned = jdbc.queryForObject(
                "select count(*) from feedback where owner = ? and safeguarding_flag = FALSE", Long.class, owner);

        navigate(StaffHomeView.class);

        assertThat(find(H2.class).withText("Your figures").exists()).isTrue();
        assertThat(description("Feedback")).isEqualTo(SmallNumbers.count(owned).format("fewer than 5"));
    }

    private String description(String term) {
        List<DescriptionList.Term> terms =
                find(DescriptionList.Term.class).withText(term).all();
        assertThat(terms).as("term %s", term).hasSize(1);
        DescriptionList list = (DescriptionList) terms.getFirst().getParent().orElseThrow();
        List<Component> children = list.getChildren().toList();
        return ((DescriptionList.Description) children.get(children.indexOf(terms.getFirst()) + 1)).getText();
    }
}
