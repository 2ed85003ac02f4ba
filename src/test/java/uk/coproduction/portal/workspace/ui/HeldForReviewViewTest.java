package uk.coproduction.portal.workspace.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.limits.ShippedLimits;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.HeldForReviewService;
import uk.coproduction.portal.feedback.HeldItem;
import uk.coproduction.portal.feedback.HeldReason;
import uk.coproduction.portal.feedback.JourneySignals;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.frontline.FrontlineSubmission;
import uk.coproduction.portal.frontline.FrontlineViewsService;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.representation.EqualityMonitoring;
import uk.coproduction.portal.representation.EqualityQuestion;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flag, don't drop (decision 0026): what looks sent by a program is kept with its code and held out of the figures;
 * a commissioner finds it on its own screen and clears what a person sent, which is audited and makes it count.
 */
@ShippedLimits
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class HeldForReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackDraftService drafts;

    @Autowired
    EqualityMonitoring equality;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    CharterService charter;

    @Autowired
    HeadlineFigures figures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HeldForReviewService held;

    @Autowired
    AuditSearch auditLog;
    /** For the equality answers held with an item: kept on the item where no screen shows them (decision 0026). */
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FrontlineViewsService frontline;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    /** Why the item is held, as the held-for-review screen lists it; null when it is not held. */
    private HeldReason heldReason(String reference) {
        return held.held().stream()
                .filter(h -> h.referenceCode().equals(reference))
                .map(HeldItem::reason)
                .findFirst()
                .orElse(null);
    }

    /** Equality answers are counted only in the representation figures' own table; no screen shows one total. */
    private int equalityAnswers() {
        return jdbc.queryForObject("select count(*) from equality_response", Integer.class);
    }

    /** The "clear" button on the row of this code, or null when it is not listed. */
    private Button clearButtonFor(String reference) {
        if (!find(Grid.class).exists()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Grid<HeldItem> grid = find(Grid.class).single();
        for (int row = 0; row < test(grid).size(); row++) {
            if (reference.equals(test(grid).getCellText(row, 0))) {
                return (Button) test(grid).getCellComponent(row, 5);
            }
        }
        return null;
    }

    @Test
    void aJourneyFinishedFasterThanAPersonCouldReadIsHeldThenClearedByACommissioner() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        long before = figures.forService(service.id()).items();
        int equalityBefore = equalityAnswers();
        String code = drafts.start("en-GB").returnCode();
        drafts.chooseService(code, service.id());
        drafts.chooseGroup(code, RespondentGroup.YOUNG_PERSON);
        drafts.chooseAgeBand(code, AgeBand.AGE_16_18);
        drafts.answer(code, charter.expectations().get(0).id(), RatingAnswer.OK, "Quick words from a fast typist");
        String reference = drafts.send(code).referenceCode();
        equality.save(reference, Map.of(EqualityQuestion.SEX, "FEMALE"));

        assertThat(reference).as("everyone who finishes gets a code").isNotBlank();
        assertThat(heldReason(reference)).isEqualTo(HeldReason.TOO_FAST);
        assertThat(figures.forService(service.id()).items())
                .as("out of the figures")
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select held_equality_answers from feedback where reference_code = ?", String.class, reference))
                .as("its equality answers wait with it")
                .contains("FEMALE");
        assertThat(equalityAnswers()).as("and are not counted").isEqualTo(equalityBefore);

        navigate(HeldForReviewView.class);
        assertThat(find(H1.class).withText("Feedback held for review").exists()).isTrue();
        assertThat(find(RouterLink.class).withText("Held for review").exists())
                .as("in the staff menu")
                .isTrue();
        Button clear = clearButtonFor(reference);
        assertThat(clear.getText()).isEqualTo("Clear " + reference + ": a person sent it");
        test(clear).click();

        assertThat(find(Paragraph.class)
                        .withText("Cleared " + reference + ": it now counts like any other feedback.")
                        .exists())
                .isTrue();
        assertThat(clearButtonFor(reference)).as("no longer held").isNull();
        assertThat(figures.forService(service.id()).items())
                .as("counts once cleared")
                .isEqualTo(before + 1);
        assertThat(SignedIn.as(
                                TestAccounts.ADMIN,
                                Roles.ADMIN,
                                () -> auditLog.search(
                                        new AuditQuery(
                                                TestAccounts.CHILDRENS_COMMISSIONER,
                                                "feedback.hold-cleared",
                                                "feedback",
                                                reference,
                                                null,
                                                null),
                                        0,
                                        500))
                        .stream()
                        .filter(e -> e.action().equals("feedback.hold-cleared")
                                && e.actor().equals(TestAccounts.CHILDRENS_COMMISSIONER)))
                .as("audited")
                .hasSize(1);
        assertThat(equalityAnswers()).as("its equality answers count now").isEqualTo(equalityBefore + 1);
        assertThat(jdbc.queryForObject(
                        "select held_equality_answers from feedback where reference_code = ?", String.class, reference))
                .as("and no longer wait with it")
                .isNull();
    }

    @Test
    void aFrontlineFormSentInTwoSecondsIsHeldAndClearedLikeAnyOther() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        String reference = frontline
                .submit(
                        new FrontlineSubmission(
                                UUID.randomUUID().toString(),
                                service.id(),
                                "Nurse",
                                null,
                                fixtures.allAnswered(RatingAnswer.OK),
                                "Handovers take too long"),
                        new JourneySignals(false, Duration.ofSeconds(2)),
                        null)
                .referenceCode();
        assertThat(heldReason(reference)).isEqualTo(HeldReason.TOO_FAST);

        navigate(HeldForReviewView.class);
        test(clearButtonFor(reference)).click();

        assertThat(heldReason(reference)).as("no longer held").isNull();
    }
}
