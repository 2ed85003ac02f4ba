package uk.coproduction.portal.exports.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.exports.ExportFormat;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.StaffHomeView;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The export page on a service of the test's own: 5 good answers and 1 bad one in 2026-Q4. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class ExportViewTest extends SpringBrowserlessTest {

    static final String BOARD = "test.export.page-board";

    @Autowired
    TestAccounts accounts;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private String service;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        accounts.ensure(BOARD, "Bea Board", null, Set.of(Roles.BOARD));
        service = fixtures.newService();
        fixtures.answers(service, "EAST_KENT", "2026-10-05 10:00:00", 5, "GOOD");
        fixtures.answers(service, "EAST_KENT", "2026-10-05 11:00:00", 1, "BAD");
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void aBoardMemberExportsTheFilteredCharterScoresButNeverFeedbackRows() throws InterruptedException {
        navigate(StaffHomeView.class);
        test(find(RouterLink.class).withText("Export").single()).click();
        assertThat(find(H1.class).withText("Export evidence").exists()).isTrue();
        assertThat(find(Button.class).withText("Export feedback rows").exists()).isFalse();

        open(ExportView.class, Map.of("service", service, "from", "2026-Q4", "to", "2026-Q4"));
        test(find(Button.class).withText("Export charter scores").single()).click();
        waitUntil(() -> find(Anchor.class)
                .withText("Download charter-scores-service-2026-Q4-to-2026-Q4.csv")
                .exists());

        assertThat(find(Paragraph.class)
                        .withText("Your export is ready: 1 row.")
                        .exists())
                .isTrue();
        String csv = download("Download charter-scores-service-2026-Q4-to-2026-Q4.csv");
        assertThat(csv.lines())
                .containsExactly(
                        "\uFEFFservice,expectation,expectation title,answered,positive,neutral,negative,not sure",
                        service + ",1,Respect us & be kind,5,100%,0%,fewer than 5,0");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerExportsFeedbackRowsOfTheirTeamAsAnExcelFile() throws InterruptedException {
        open(ExportView.class, Map.of("service", service, "from", "2026-Q4", "to", "2026-Q4"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ExportFormat> format =
                find(RadioButtonGroup.class).withLabel("File type").all().getLast();
        test(format).selectItem("Excel (XLSX)");

        test(find(Button.class).withText("Export feedback rows").single()).click();
        waitUntil(() -> find(Anchor.class)
                .withText("Download feedback-2026-Q4-to-2026-Q4.xlsx")
                .exists());

        assertThat(find(Paragraph.class)
                        .withText("Your export is ready: 6 rows.")
                        .exists())
                .isTrue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        test(find(Anchor.class)
                        .withText("Download feedback-2026-Q4-to-2026-Q4.xlsx")
                        .single())
                .download(bytes);
        assertThat(bytes.toByteArray()).startsWith('P', 'K');
        long exported = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'EXPORT' and actor = ? and details like ?",
                Long.class,
                TestAccounts.CHILDRENS_COMMISSIONER,
                "%" + service + "%");
        assertThat(exported).isEqualTo(1);
    }

    private String download(String linkText) {
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class).withText(linkText).single()).download(downloaded);
        return downloaded.toString(StandardCharsets.UTF_8);
    }

    /** The export runs in the background; the page hears of it on its next round trip. */
    private void waitUntil(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(done.getAsBoolean()).as("the export finished").isTrue();
    }

    /** Opens a page with a filter in its URL, as a shared link would. */
    private void open(Class<? extends Component> page, Map<String, String> query) {
        navigate(StaffHomeView.class);
        UI.getCurrent().navigate(page, QueryParameters.simple(query));
    }
}
