package uk.coproduction.portal.reviews.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.AudienceLink;
import uk.coproduction.portal.reviews.QuestionKind;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewForm;
import uk.coproduction.portal.reviews.ReviewKind;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSubmission;
import uk.coproduction.portal.reviews.ReviewSummary;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review report on screen (issue 21): from the commissioner's review page to its posters, its PDF and its report
 * page, whose figures follow the one disclosure-control rule; another team's commissioner finds nothing.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReviewReportViewTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    ReviewService reviews;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ReviewSummary review;

    @BeforeEach
    void aReviewThreeParentsAnswered() {
        accounts.ensureStandardAccounts();
        review = reviews.open(new ReviewForm(
                fixtures.serviceOf(Team.CHILDRENS).id(),
                ReviewKind.ANNUAL_SURVEY,
                "Annual survey " + UUID.randomUUID(),
                TODAY,
                TODAY.plusDays(20),
                Set.of(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS),
                List.of(ReviewForm.QuestionDraft.own(
                        QuestionKind.SCALE, "Was it good for you?", "Was it good for your child?", "Was it good?"))));
        AudienceLink parents = reviews.links(review.id()).stream()
                .filter(l -> l.audience() == ReviewAudience.PARENTS_CARERS)
                .findFirst()
                .orElseThrow();
        String token = parents.url().substring(parents.url().lastIndexOf('/') + 1);
        for (int i = 0; i < 3; i++) {
            reviews.answer(
                    token,
                    new ReviewSubmission(
                            UUID.randomUUID().toString(),
                            Wording.PARENT_CARER,
                            ReviewService.ENGLISH,
                            fixtures.allAnswered(RatingAnswer.GOOD),
                            Map.of(),
                            null,
                            Map.of()));
        }
    }

    @Test
    void fromTheReviewPageACommissionerFindsEachPosterThePdfAndTheReportWithSmallFiguresHidden() {
        UI.getCurrent().navigate("staff/reviews/" + review.id());

        assertThat(find(Anchor.class)
                        .withText("Poster for Young people (PDF, A4)")
                        .exists())
                .isTrue();
        assertThat(find(Anchor.class)
                        .withText("Poster for Parents and carers (PDF, A4)")
                        .exists())
                .isTrue();
        assertThat(find(Anchor.class)
                        .withText("Review report (PDF, with an Easy Read summary)")
                        .exists())
                .isTrue();
        test(find(RouterLink.class).withText("Open the review report").single()).click();

        assertThat(find(H1.class).single().getText()).startsWith("Review report: " + review.title());
        assertThat(find(NativeTableHeaderCell.class).withText("Previous review").exists())
                .isTrue();
        assertThat(find(NativeTableCell.class).withText("No earlier review").exists())
                .isTrue();
        assertThat(find(NativeTableCell.class)
                        .withText("fewer than 5 positive of fewer than 5 answers")
                        .exists())
                .as("three parents' answers")
                .isTrue();
        assertThat(find(NativeTableCell.class).withText("3").exists()).isFalse();
    }

    @Test
    void eachAudiencesFiguresStandUnderTheWordsThatAudienceWasAsked() {
        UI.getCurrent().navigate("staff/reviews/" + review.id() + "/report");

        assertThat(find(ListItem.class)
                        .withText("Parents and carers were asked: \u201cWas it good for your child?\u201d")
                        .exists())
                .isTrue();
        // Nobody in it answered yet: young people are asked in the young person's voice.
        assertThat(find(ListItem.class)
                        .withText("Young people were asked: \u201cWas it good for you?\u201d")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class)
                        .withText("Young people were asked: \u201cWas it good for your child?\u201d")
                        .exists())
                .isFalse();
    }

    @Test
    void aReviewClosedOnItsLastDayWithAnUnreadAlertSaysSoOnItsPageAndInItsReport() {
        AudienceLink young = reviews.links(review.id()).stream()
                .filter(l -> l.audience() == ReviewAudience.YOUNG_PEOPLE)
                .findFirst()
                .orElseThrow();
        reviews.answer(
                young.url().substring(young.url().lastIndexOf('/') + 1),
                new ReviewSubmission(
                        UUID.randomUUID().toString(),
                        Wording.YOUNG_PERSON,
                        ReviewService.ENGLISH,
                        fixtures.allAnswered(RatingAnswer.GOOD),
                        Map.of(),
                        "My stepdad hits me when I get home",
                        Map.of()));
        jdbc.update(
                "update review set opens_on = ?, closes_on = ? where id = ?",
                TODAY.minusDays(10),
                TODAY.minusDays(1),
                review.id());
        try {
            closedWithAnUnreadAlert();
        } finally {
            // Back to today's days, so no other test finds it as the service's previous review.
            jdbc.update(
                    "update review set opens_on = ?, closes_on = ? where id = ?",
                    TODAY,
                    TODAY.plusDays(20),
                    review.id());
        }
    }

    private void closedWithAnUnreadAlert() {
        UI.getCurrent().navigate("staff/reviews/" + review.id());
        assertThat(find(Paragraph.class)
                        .withText("This review closed on its last day. Answers a safeguarding lead "
                                + "has not read yet: 1. They stay with the safeguarding leads until a lead reads them; the report leaves "
                                + "them out and says so.")
                        .exists())
                .isTrue();

        UI.getCurrent().navigate("staff/reviews/" + review.id() + "/report");
        assertThat(find(Paragraph.class)
                        .withText("Answers still waiting for a safeguarding lead to read them: fewer "
                                + "than 5. They are not counted in this report. They stay with the safeguarding leads until a "
                                + "lead has read them.")
                        .exists())
                .isTrue();
    }

    @Test
    void anotherTeamsCommissionerFindsNoReport() {
        // Signed in as the LD&A team's commissioner after the children's commissioner opened the review.
        SecurityContext lda = SecurityContextHolder.createEmptyContext();
        lda.setAuthentication(new UsernamePasswordAuthenticationToken(
                TestAccounts.LDA_COMMISSIONER,
                "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.COMMISSIONER)));
        SecurityContextHolder.setContext(lda);

        UI.getCurrent().navigate("staff/reviews/" + review.id() + "/report");

        assertThat(find(H1.class).single().getText()).isEqualTo("Review not found");
        assertThat(find(NativeTable.class).exists()).isFalse();
    }
}
