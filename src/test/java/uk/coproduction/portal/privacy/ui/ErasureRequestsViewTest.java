package uk.coproduction.portal.privacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.privacy.ErasureRequestItem;
import uk.coproduction.portal.privacy.MyDataService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class ErasureRequestsViewTest extends SpringBrowserlessTest {

    static final String ADMIN = "test.privacy.view.admin";

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    MyDataService myData;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts.ensure(ADMIN, "Val View", null, Set.of(Roles.ADMIN));
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void staffSeeEachRequestWithItsOutcomeAndDecideTheOnesThatWait() {
        SubmissionReceipt erasedReceipt = send("Forget me now");
        SubmissionReceipt forgetReceipt = send("Forget me, he hits me");
        SubmissionReceipt keepReceipt = send("Keep me, he hits me");
        String erased = erasedReceipt.referenceCode();
        String forget = forgetReceipt.referenceCode();
        String keep = keepReceipt.referenceCode();
        // the person opens their record with the private code shown when they sent it (decision 0017), sees what
        // would go and confirms (decision 0040)
        String erasedAccess = confirm(erasedReceipt);
        String forgetAccess = confirm(forgetReceipt);
        String keepAccess = confirm(keepReceipt);
        navigate(ErasureRequestsView.class);

        assertThat(find(Button.class)
                        .withText("Delete the words and contact details of " + erased)
                        .exists())
                .as("carried out already, by the person's confirmation")
                .isFalse();
        assertThat(row(erased))
                .contains(erased)
                .anyMatch(cell -> cell.startsWith("Deleted ") && cell.endsWith("by the person\u2019s own confirmation"))
                .contains("comment");

        test(find(Button.class)
                        .withText("Delete the words and contact details of " + forget)
                        .single())
                .click();
        assertThat(find(Paragraph.class)
                        .withText("Done: the words and contact details of " + forget + " are deleted.")
                        .exists())
                .isTrue();
        assertThat(myData.dataHeld(forgetAccess).orElseThrow().comment()).isNull();
        assertThat(row(forget))
                .anyMatch(cell -> cell.startsWith("Deleted ") && cell.endsWith(" by " + ADMIN))
                .contains("comment");

        test(find(Button.class).withText("Refuse the request for " + keep).single())
                .click();
        TextArea reason =
                find(TextArea.class).withLabel("Reason for refusing").all().getLast();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why you are refusing.");
        test(reason).setValue("A safeguarding concern that must be kept");
        test(find(Button.class).withText("Refuse the request for " + keep).single())
                .click();
        assertThat(find(Paragraph.class)
                        .withText("The request for " + keep + " is refused.")
                        .exists())
                .isTrue();
        assertThat(myData.dataHeld(keepAccess).orElseThrow().comment()).isEqualTo("Keep me, he hits me");
        assertThat(row(keep))
                .anyMatch(cell -> cell.startsWith("Refused ")
                        && cell.endsWith("by " + ADMIN + ": A safeguarding concern that must be kept"))
                .contains("Nothing");
        assertThat(myData.dataHeld(erasedAccess).orElseThrow().comment()).isNull();
    }

    private String confirm(SubmissionReceipt receipt) {
        String access = myData.prove(receipt.referenceCode(), receipt.secret()).accessToken();
        myData.confirmErasure(
                access, myData.previewErasure(access).orElseThrow().confirmation());
        return access;
    }

    /** The cells of the request's row in "Every request and what happened". */
    @SuppressWarnings("unchecked")
    private List<String> row(String code) {
        Grid<ErasureRequestItem> grid = find(Grid.class).single();
        var tester = test(grid);
        for (int r = 0; r < tester.size(); r++) {
            if (tester.getCellText(r, 0).equals(code)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    cells.add(tester.getCellText(r, c));
                }
                return cells;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private SubmissionReceipt send(String words) {
        return submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), words));
    }
}
