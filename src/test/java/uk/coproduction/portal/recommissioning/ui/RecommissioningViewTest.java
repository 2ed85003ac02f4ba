package uk.coproduction.portal.recommissioning.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.StaffHomeView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = RecommissioningViewTest.BOARD, roles = Roles.BOARD)
class RecommissioningViewTest extends SpringBrowserlessTest {

    static final String BOARD = "test.recommissioning.board";

    @Autowired
    TestAccounts accounts;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private String service;

    @BeforeEach
    void setUp() {
        accounts.ensure(BOARD, "Bay Board", null, Set.of(Roles.BOARD));
        service = fixtures.newService("LDA");
        jdbc.update(
                "update commissioned_service set active = TRUE, cycle_stage = 'PLAN', contract_end = ? where code = ?",
                LocalDate.now().plusMonths(6),
                service);
        for (int i = 0; i < 7; i++) {
            fixtures.feedback(
                    service,
                    "EAST_KENT",
                    "PARENT_CARER",
                    null,
                    "ONLINE",
                    LocalDate.now().minusDays(3) + " 10:00:00",
                    false,
                    Map.of(1, "GOOD"));
        }
    }

    @AfterEach
    void deactivate() {
        jdbc.update("update commissioned_service set active = FALSE where code = ?", service);
    }

    @Test
    void aBoardMemberSeesWhichServicesDueForReCommissioningHaveTooLittleEvidence() {
        navigate(StaffHomeView.class);
        test(find(RouterLink.class).withText("Re-commissioning").single()).click();
        assertThat(find(H1.class)
                        .withText("Services approaching re-commissioning")
                        .exists())
                .isTrue();

        NativeTableRow row = find(NativeTableRow.class).all().stream()
                .filter(r -> r.getElement().getChild(0).getText().equals("Evidence test " + service))
                .findFirst()
                .orElseThrow();
        List<String> cells = row.getChildren()
                .filter(NativeTableCell.class::isInstance)
                .map(c -> ((NativeTableCell) c).getText())
                .toList();

        assertThat(cells.get(0)).startsWith("Contract ends ").endsWith(". Stage: Plan.");
        assertThat(cells.get(1)).as("7 pieces, published rounded to 5").isEqualTo("5");
        assertThat(cells.get(2)).isEqualTo("A parent or carer");
        assertThat(cells.get(3)).isEqualTo("0");
        assertThat(cells.get(6))
                .isEqualTo(
                        "Too little evidence: fewer than 30 pieces of feedback; no coproduction activity; "
                                + "nobody heard from in the group \"An adult with a learning disability, or an autistic adult\"");
    }
}
