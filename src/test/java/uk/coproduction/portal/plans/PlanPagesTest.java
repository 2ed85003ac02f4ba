package uk.coproduction.portal.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.ModerationService;
import uk.coproduction.portal.feedback.QuotePublishing;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.safeguarding.SafeguardingFlags;
import uk.coproduction.portal.security.TestAccounts;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class PlanPagesTest {

    @Autowired
    PlanPages pages;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanPagesFixture plans;

    @Autowired
    QuotePublishing quotes;

    @Autowired
    ModerationService moderation;

    @Autowired
    SafeguardingFlags flags;

    @Autowired
    FeedbackTriageService triage;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void aPlanPageCountsTheVoicesBehindAnActionAndQuotesOnlyModeratedWords() {
        long action = plans.newChildrensAction().id();
        long young = submit(
                RespondentGroup.YOUNG_PERSON,
                AgeBand.AGE_11_15,
                RatingAnswer.GOOD,
                "My name is Jo from Ashford and I hated waiting");
        approveQuote(young, "I hated waiting");
        long parent = submit(RespondentGroup.PARENT_CARER, null, RatingAnswer.VERY_BAD, "Secret unapproved words");
        moderation.proposeQuote(parent, "An unapproved quote");
        long flagged = submit(RespondentGroup.YOUNG_PERSON, AgeBand.AGE_16_18, RatingAnswer.OK, "Flagged words");
        approveQuote(flagged, "A flagged quote");
        for (long id : new long[] {young, parent, flagged}) {
            triage.linkActions(id, Set.of(action));
        }
        flags.flag(flagged, "Worried about what they said");

        PlanPage.Action shown = pages.page("JCDP_2020_21").orElseThrow().domains().stream()
                .flatMap(d -> d.outcomes().stream())
                .flatMap(o -> o.actions().stream())
                .filter(a -> a.id() == action)
                .findFirst()
                .orElseThrow();

        PlanPage.Voices voices = shown.voices();
        assertThat(voices.total()).isEqualTo(2);
        assertThat(voices.byGroup()).containsExactlyInAnyOrderEntriesOf(Map.of("YOUNG_PERSON", 1L, "PARENT_CARER", 1L));
        assertThat(voices.byExpectation()).hasSize(6).allSatisfy(e -> {
            assertThat(e.positive()).isEqualTo(1);
            assertThat(e.neutral()).isZero();
            assertThat(e.negative()).isEqualTo(1);
        });
        assertThat(voices.byExpectation().getFirst().title()).isEqualTo("Respect us & be kind");
        assertThat(voices.quotes()).containsExactly("I hated waiting");
        assertThat(shown.changes()).isEmpty();
    }

    @Test
    void theListOfPlansShowsEachPlanWithItsActions() {
        assertThat(pages.plans()).extracting(PlanListItem::code).contains("JCDP_2020_21", "LDA_STRATEGY");
        assertThat(pages.plans())
                .filteredOn(p -> p.code().equals("JCDP_2020_21"))
                .singleElement()
                .satisfies(p -> assertThat(p.actions()).isGreaterThanOrEqualTo(25));
        assertThat(pages.page("NO_SUCH_PLAN")).isEmpty();
    }

    private long submit(RespondentGroup group, AgeBand age, RatingAnswer answer, String words) {
        String code = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        fixtures.serviceNamed("Speech and Language Therapy").id(),
                        null,
                        group,
                        age,
                        fixtures.allAnswered(answer),
                        words))
                .referenceCode();
        return fixtures.idOf(code);
    }

    /** Published the only way there is: one commissioner proposes the quote, a second approves it. */
    private void approveQuote(long id, String quote) {
        quotes.publish(id, quote, TestAccounts.SECOND_CHILDRENS_COMMISSIONER, TestAccounts.CHILDRENS_COMMISSIONER);
    }
}
