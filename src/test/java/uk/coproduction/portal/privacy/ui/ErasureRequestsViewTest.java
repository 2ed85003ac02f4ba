package uk.coproduction.portal.privacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.privacy.MyDataService;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

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
    void anAdminCarriesOutOneRequestAndRefusesAnotherWithAReason() {
        SubmissionReceipt forgetReceipt = send("Forget me");
        SubmissionReceipt keepReceipt = send("Keep me");
        String forget = forgetReceipt.referenceCode();
        String keep = keepReceipt.referenceCode();
        // the person opens their record with the private code shown when they sent it (decision 0017)
        String forgetAccess = myData.prove(forget, forgetReceipt.secret()).accessToken();
        String keepAccess = myData.prove(keep, keepReceipt.secret()).accessToken();
        myData.askForErasure(forgetAccess);
        myData.askForErasure(keepAccess);
        navigate(ErasureRequestsView.class);

        test(find(Button.class).withText("Delete the words and contact details of " + forget).single()).click();
        assertThat(find(Paragraph.class)
                .withText("Done: the words and contact details of " + forget + " are deleted.").exists()).isTrue();
        assertThat(myData.dataHeld(forgetAccess).orElseThrow().comment()).isNull();

        test(find(Button.class).withText("Refuse the request for " + keep).single()).click();
        TextArea reason = find(TextArea.class).withLabel("Reason for refusing").all().getLast();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why you are refusing.");
        test(reason).setValue("A safeguarding concern that must be kept");
        test(find(Button.class).withText("Refuse the request for " + keep).single()).click();
        assertThat(find(Paragraph.class).withText("The request for " + keep + " is refused.").exists()).isTrue();
        assertThat(myData.dataHeld(keepAccess).orElseThrow().comment()).isEqualTo("Keep me");
    }

    private SubmissionReceipt send(String words) {
        return submissions.submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), words));
    }
}
