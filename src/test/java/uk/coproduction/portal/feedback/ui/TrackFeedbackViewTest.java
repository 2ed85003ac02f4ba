package uk.coproduction.portal.feedback.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.yousaid.ui.YouSaidWeDidListView;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@ViewPackages(classes = {TrackFeedbackView.class, YouSaidWeDidListView.class})
class TrackFeedbackViewTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    HeadlineFigures figures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void personWithTheirCodeSeesThatTheirFeedbackWasReceived() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Hello"))
                .referenceCode();
        navigate(TrackFeedbackView.class);

        test(find(TextField.class).withLabel("Your reference code").single()).setValue(code.toLowerCase());
        test(find(Button.class).withText("Show what happened").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("Now: We have received your feedback.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("We have not replied yet. We will reply here.")
                        .exists())
                .isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void closedWithNoReplyLinkOrChangeTheTrackPageSaysSoPlainlyAndWhyAndItStaysOverdueInTheFigures() {
        accounts.ensureStandardAccounts();
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        String code = submissions
                .submit(fixtures.youngPersonAbout(service, "The club closed early"))
                .referenceCode();
        long id = jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
        triage.open(id);
        jdbc.update("update feedback set reply_by = '2020-01-06' where id = ?", id);
        long overdueBefore = figures.forService(service.id()).overdue();
        long repliedBefore = figures.forService(service.id()).replied();

        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.REPLIED))
                .isInstanceOf(InvalidInputException.class);
        triage.close(id, "The club is run by a school, not by the council.");

        assertThat(figures.forService(service.id()).overdue())
                .as("closing does not hide a late reply")
                .isEqualTo(overdueBefore);
        assertThat(figures.forService(service.id()).replied()).isEqualTo(repliedBefore);

        navigate(TrackFeedbackView.class);
        test(find(TextField.class).withLabel("Your reference code").single()).setValue(code);
        test(find(Button.class).withText("Show what happened").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("Now: We have stopped working on your feedback. "
                                + "We did not make a change because of it.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("Why: The club is run by a school, not by the council.")
                        .exists())
                .isTrue();
        List<String> done = find(ListItem.class).all().stream()
                .map(li -> li.getElement().getTextRecursively())
                .filter(t -> t.startsWith("Done:"))
                .toList();
        assertThat(done)
                .containsExactly(
                        "Done:We have received your feedback.", "Done:The people who buy this service have read it.");

        // The same, plainly, in Easy Read and in Polish (the reason is in the commissioner's words).
        record Expected(Locale language, String show, String now, String why) {}
        for (Expected expected : List.of(
                new Expected(
                        Languages.EASY_READ,
                        "Show what happened",
                        "Now: We have stopped working on your feedback. We did not change anything because of it.",
                        "This is why: The club is run by a school, not by the council."),
                new Expected(
                        Languages.POLISH,
                        "Pokaż, co się stało",
                        "Teraz: Zakończyliśmy pracę nad twoją opinią. Nie wprowadziliśmy z jej powodu żadnej zmiany.",
                        "Dlaczego: The club is run by a school, not by the council."))) {
            UI.getCurrent().setLocale(expected.language());
            // Leave the page first: going to the route you are on keeps the view built in the old language.
            UI.getCurrent().navigate("you-said-we-did");
            UI.getCurrent().navigate("track");
            test(find(TextField.class).all().getFirst()).setValue(code);
            test(find(Button.class).withText(expected.show()).single()).click();
            assertThat(find(Paragraph.class).withText(expected.now()).exists())
                    .as(expected.now())
                    .isTrue();
            assertThat(find(Paragraph.class).withText(expected.why()).exists())
                    .as(expected.why())
                    .isTrue();
        }
    }

    @Test
    void aMistypedCodeGetsAMessageSayingWhatACodeLooksLike() {
        navigate(TrackFeedbackView.class);
        TextField code = find(TextField.class).withLabel("Your reference code").single();

        test(code).setValue("ABC-12");
        test(find(Button.class).withText("Show what happened").single()).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("It looks like ABC-234");
        assertThat(code.getValue()).isEqualTo("ABC-12");
    }
}
