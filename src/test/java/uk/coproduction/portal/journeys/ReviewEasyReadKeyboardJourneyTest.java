package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.AudienceLink;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewForm;
import uk.coproduction.portal.reviews.ReviewKind;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSummary;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's "done when": a young person who scans a "You're Welcome" review's link answers it in Easy Read on a
 * phone-sized screen, by keyboard alone, and leaves with a reference code. One scenario, kept lean (decision 0033).
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReviewEasyReadKeyboardJourneyTest extends BrowserJourney {

    @Autowired
    ReviewService reviews;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void aYoungPersonAnswersAYoureWelcomeReviewInEasyReadOnAPhoneByKeyboardAlone() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ReviewSummary review = reviews.open(new ReviewForm(
                fixtures.serviceOf(Team.CHILDRENS).id(),
                ReviewKind.YOURE_WELCOME,
                "Youth clinic review " + UUID.randomUUID().toString().substring(0, 6),
                today,
                today.plusDays(21),
                Set.of(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS),
                reviews.youreWelcomeQuestions()));
        AudienceLink link = reviews.links(review.id()).getFirst();
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        Words words = Words.easyRead();

        Page page = newPerson();
        page.setViewportSize(390, 844);
        page.navigate(url("/language?to=en-GB-easyread&back=/review/" + token));
        assertThat(heading(page, review.title())).isVisible();
        assertAccessible(page, "the review's Easy Read start page at phone width");
        Keyboard keys = new Keyboard(page);
        keys.activate(page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                        .setName(words.get("reviews.journey.start"))
                        .setExact(true)));

        int total = 6 + review.questions().size();
        for (int number = 1; number <= total; number++) {
            assertThat(page.getByText(words.get("journey.progress.question", number, total)))
                    .isVisible();
            if (number == 1) {
                assertAccessible(page, "a review question in Easy Read at phone width");
            }
            if (number < total) {
                keys.choose(page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions()
                                .setName(words.get("answer.GOOD"))
                                .setExact(true)));
            } else {
                assertThat(heading(page, words.get("reviews.yw.better.easy-read")))
                        .isVisible();
                keys.tabTo(page.getByLabel(words.get("reviews.journey.your-words")));
                keys.type("More times after school");
            }
            keys.activate(button(page, words.get("journey.continue")));
        }
        assertThat(heading(page, words.get("reviews.journey.anything-else"))).isVisible();
        keys.activate(button(page, words.get("reviews.journey.send")));

        assertThat(heading(page, words.get("reviews.journey.sent.title"))).isVisible();
        assertThat(page.locator(".return-code").first()).isVisible();
        screenshot(page, "review-easy-read-sent-phone");
        assertThat(reviews.answers(review.id()).of(ReviewAudience.YOUNG_PEOPLE))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.wording()).isEqualTo(Wording.EASY_READ);
                    assertThat(r.charterRatings()).hasSize(6);
                    assertThat(r.answers()).hasSize(review.questions().size());
                });
    }

    private static Locator heading(Page page, String text) {
        return page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(1));
    }

    private static Locator button(Page page, String text) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
    }
}
