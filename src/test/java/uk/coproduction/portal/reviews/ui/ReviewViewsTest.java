package uk.coproduction.portal.reviews.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
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
import uk.coproduction.portal.advocacy.AdvocacyFixtures;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.AudienceLink;
import uk.coproduction.portal.reviews.ResponseAnswers;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewForm;
import uk.coproduction.portal.reviews.ReviewKind;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSubmission;
import uk.coproduction.portal.reviews.ReviewSummary;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review pages as people use them (issue 21): a commissioner opens a "You're Welcome" review on screen, a young
 * person answers it through their audience's link in Easy Read, a closed link says so kindly, and a close the
 * safeguarding leads have not cleared is refused on screen with a clear message.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReviewViewsTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    ReviewService reviews;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdvocacyFixtures advocates;

    ServiceSummary service;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        service = fixtures.serviceOf(Team.CHILDRENS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCommissionerOpensAYoureWelcomeReviewOnScreenAndSeesALinkForEachAudience() {
        UI.getCurrent().navigate("staff/reviews/new");
        String title = "Youth clinic review " + UUID.randomUUID().toString().substring(0, 6);

        test(find(Button.class).withText("Open the review").single()).click();
        TextField titleField = find(TextField.class).withLabel("Title").single();
        assertThat(titleField.isInvalid()).isTrue();
        assertThat(titleField.getErrorMessage()).startsWith("Enter a title people will recognise");

        test(find(ComboBox.class).withLabel("Service").single()).selectItem(service.name());
        test(find(RadioButtonGroup.class).withLabel("Kind of review").single()).selectItem("\"You're Welcome\" review");
        assertThat(find(Section.class).withAttribute("aria-label", "Question 9").exists())
                .isTrue();
        test(titleField).setValue(title);
        CheckboxGroup<Object> audiences =
                find(CheckboxGroup.class).withLabel("Who it asks").single();
        test(audiences).selectItem("Young people");
        test(audiences).selectItem("Parents and carers");
        test(find(Button.class).withText("Open the review").single()).click();

        assertThat(find(H1.class).single().getText()).isEqualTo(title);
        assertThat(find(TextField.class)
                        .withLabel("Link for Young people")
                        .single()
                        .getValue())
                .startsWith("http://localhost:8080/review/");
        assertThat(find(TextField.class)
                        .withLabel("Link for Parents and carers")
                        .exists())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_question q join review r on r.id = q.review_id "
                                + "where r.title = ? and q.message_key like 'reviews.yw.%'",
                        Long.class, title))
                .isEqualTo(9L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServicePageListsItsReviewsAndOpensANewOneForThatService() {
        ReviewSummary review = aYoureWelcomeReview();
        String code =
                jdbc.queryForObject("select code from commissioned_service where id = ?", String.class, service.id());

        UI.getCurrent().navigate("staff/services/" + code);

        assertThat(find(Anchor.class).withText(review.title()).single().getHref())
                .isEqualTo("staff/reviews/" + review.id());
        Anchor open =
                find(Anchor.class).withText("Open a review of this service").single();
        assertThat(open.getHref()).isEqualTo("staff/reviews/new?service=" + service.id());
        UI.getCurrent().navigate("staff/reviews/new", QueryParameters.of("service", String.valueOf(service.id())));
        assertThat(find(ComboBox.class).withLabel("Service").single().getValue())
                .extracting("name")
                .isEqualTo(service.name());
    }

    @Test
    void aYoungPersonAnswersThroughTheirLinkInEasyReadAndGetsAReferenceCode() {
        ReviewSummary review = aYoureWelcomeReview();
        String token = tokenOf(reviews.links(review.id()).getFirst());
        UI.getCurrent().setLocale(Languages.EASY_READ);

        UI.getCurrent().navigate("review/" + token);
        assertThat(find(H1.class).single().getText()).isEqualTo(review.title());
        assertThat(find(Anchor.class).withText("Start").single().getHref())
                .isEqualTo("review/" + token + "/question/1");

        UI.getCurrent().navigate("review/" + token + "/question/1");
        assertThat(find(H1.class).single().getText()).isEqualTo("Were people kind to you and did they respect you?");
        int total = 6 + review.questions().size();
        for (int number = 1; number <= total; number++) {
            if (number == 9) {
                assertThat(find(H1.class).single().getText()).isEqualTo("Did the place feel friendly and safe?");
            }
            if (number < total) {
                test(find(RadioButtonGroup.class).single()).selectItem("Good");
            } else {
                assertThat(find(RadioButtonGroup.class).exists())
                        .as("a words question has no faces")
                        .isFalse();
                test(find(TextArea.class).single()).setValue("More evening times");
            }
            // "Next" in Easy Read.
            test(find(Button.class).withClassName("continue-button").single()).click();
        }
        test(find(TextArea.class).single()).setValue("Thank you");
        test(find(Button.class).withText("Send my answers").single()).click();

        String code = find(Span.class).withClassName("return-code").first().getText();
        assertThat(code).isNotBlank();
        List<ResponseAnswers> answered = reviews.answers(review.id()).of(ReviewAudience.YOUNG_PEOPLE);
        assertThat(answered).singleElement().satisfies(r -> {
            assertThat(r.referenceCode()).isEqualTo(code);
            assertThat(r.wording()).isEqualTo(Wording.EASY_READ);
            assertThat(r.charterRatings()).hasSize(6);
            assertThat(r.answers()).hasSize(review.questions().size());
            assertThat(r.comment()).isEqualTo("Thank you");
        });
    }

    @Test
    void afterClosingTheLinkSaysKindlyThatTheReviewHasClosedAndOffersOrdinaryFeedback() {
        ReviewSummary review = aYoureWelcomeReview();
        String token = tokenOf(reviews.links(review.id()).getFirst());
        reviews.close(review.id());

        UI.getCurrent().navigate("review/" + token);

        assertThat(find(H1.class).single().getText()).isEqualTo("This review has closed");
        assertThat(find(Anchor.class)
                        .withText("Tell us what you think")
                        .single()
                        .getHref())
                .isEqualTo("feedback?service=" + service.id());
        UI.getCurrent().navigate("review/" + token + "/question/3");
        assertThat(find(H1.class).single().getText()).isEqualTo("This review has closed");
    }

    @Test
    void closingWithAnUnreadSafeguardingAlertIsRefusedOnScreenWithAClearMessage() {
        ReviewSummary review = aYoureWelcomeReview();
        String token = tokenOf(reviews.links(review.id()).getFirst());
        reviews.answer(
                token,
                new ReviewSubmission(
                        UUID.randomUUID().toString(),
                        Wording.YOUNG_PERSON,
                        "en-GB",
                        fixtures.allAnswered(RatingAnswer.OK),
                        Map.of(),
                        "My stepdad hits me when I get home",
                        Map.of()));

        UI.getCurrent().navigate("staff/reviews/" + review.id());
        test(find(Button.class).withText("Close this review now").single()).click();

        assertThat(find(Button.class)
                        .withText(
                                "This review cannot close yet: a safeguarding lead has not yet read an answer flagged for "
                                        + "safeguarding. Ask the safeguarding leads to open it, then close the review.")
                        .exists())
                .isTrue();
        assertThat(reviews.summary(review.id()).closedAt()).isNull();
    }

    @Test
    @WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
    void anAdvocateEntersAnswersTheyGatheredAndMustSayHowThePersonAgreed() {
        advocates.ensureAdvocates();
        ReviewSummary review = signedInAsCommissioner(this::aYoureWelcomeReview);
        UI.getCurrent().navigate("staff/reviews/gathered");
        @SuppressWarnings("unchecked")
        Select<ReviewSummary> chosen = find(Select.class).withLabel("Review").single();
        test(chosen).selectItem(review.title() + " (" + service.name() + ")");
        test(find(RadioButtonGroup.class)
                        .withLabel("Did staff listen to you? Did you understand them?")
                        .single())
                .selectItem("Really good");
        test(find(TextArea.class)
                        .withLabel("Anything else they said (optional)")
                        .single())
                .setValue("Liked the nurse");

        test(find(Button.class).withText("Send their answers").single()).click();
        RadioButtonGroup<?> consent = find(RadioButtonGroup.class)
                .withLabel("How the person agreed to share their views")
                .single();
        RadioButtonGroup<?> age =
                find(RadioButtonGroup.class).withLabel("How old is the person?").single();
        assertThat(consent.isInvalid()).isTrue();
        assertThat(age.isInvalid())
                .as("the consent allowed depends on their age (decision 0039)")
                .isTrue();
        assertThat(find(TextArea.class)
                        .withLabel("Anything else they said (optional)")
                        .single()
                        .getValue())
                .as("nothing typed is lost")
                .isEqualTo("Liked the nurse");

        test(age).selectItem("13 to 15");
        test(consent).selectItem("A Gillick-competent young person's own consent");
        test(find(Button.class).withText("Send their answers").single()).click();
        Checkbox gillick = find(Checkbox.class)
                .withLabel("I checked that they understand what sharing their views"
                        + " means and what happens next, and they chose to share them (Gillick competence)")
                .single();
        assertThat(gillick.isInvalid())
                .as("a 14-year-old's own word needs the check")
                .isTrue();
        assertThat(find(TextArea.class)
                        .withLabel("Anything else they said (optional)")
                        .single()
                        .getValue())
                .as("still nothing typed is lost")
                .isEqualTo("Liked the nurse");

        test(gillick).click();
        test(find(Button.class).withText("Send their answers").single()).click();

        ResponseAnswers entered = signedInAsCommissioner(() ->
                reviews.answers(review.id()).of(ReviewAudience.YOUNG_PEOPLE).getFirst());
        assertThat(entered.enteredBy()).isEqualTo(AdvocacyFixtures.JO);
        assertThat(entered.consent()).isEqualTo(ConsentBasis.GILLICK_COMPETENT);
        assertThat(entered.personsAge()).isEqualTo(PersonsAge.AGE_13_15);
        assertThat(entered.organisationName()).isNotBlank();
        assertThat(entered.wording()).isEqualTo(Wording.EASY_READ);
        assertThat(entered.comment()).isEqualTo("Liked the nurse");
    }

    private static <T> T signedInAsCommissioner(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                TestAccounts.CHILDRENS_COMMISSIONER,
                "n/a",
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.COMMISSIONER)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private ReviewSummary aYoureWelcomeReview() {
        return reviews.open(new ReviewForm(
                service.id(),
                ReviewKind.YOURE_WELCOME,
                "You're Welcome " + UUID.randomUUID().toString().substring(0, 6),
                TODAY,
                TODAY.plusDays(14),
                Set.of(ReviewAudience.YOUNG_PEOPLE),
                reviews.youreWelcomeQuestions()));
    }

    private static String tokenOf(AudienceLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }
}
