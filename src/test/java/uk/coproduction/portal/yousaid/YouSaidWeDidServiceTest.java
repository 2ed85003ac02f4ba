package uk.coproduction.portal.yousaid;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.ModerationService;
import uk.coproduction.portal.feedback.QuotePublishing;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.NewChange;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class YouSaidWeDidServiceTest {

    @Autowired
    YouSaidWeDidService youSaidWeDid;

    @Autowired
    ThemeService themes;

    @Autowired
    ModerationService moderation;

    @Autowired
    QuotePublishing quotePublishing;

    @Autowired
    FeedbackLinkService links;

    @Autowired
    ChangeService changes;

    @Autowired
    LoopFixture loop;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void thePublicSeesThemesCountedSmallCountsHiddenOnlyPublishedChangesAndOnlyModeratedWords() {
        LoopFixture.LoopService clubs = loop.newChildrensService();
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(loop.send(clubs, "I waited ages for a place. My name is Jordan Smith and I go to Oak School."));
        }
        // Words the rule set does not catch, so a commissioner flags them (caught words never reach the themes).
        long flagged = loop.send(clubs, "Someone at the club makes me uneasy");
        themes.tagAll(sent, loop.theme("Waiting times"));
        themes.tagAll(List.of(sent.get(0), sent.get(1), flagged), loop.theme("Communication"));
        loop.flagForSafeguarding(flagged);
        quotePublishing.publish(
                sent.get(0),
                "I waited ages for a place. My name is [name] and I go to [school].",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);

        long action = loop.action("JCDP_2020_21", "3.1.1");
        links.linkActions(sent.get(0), Set.of(action));
        var published = changes.record(new NewChange(
                action,
                "Clubs now confirm a place within two weeks of asking.",
                null,
                LocalDate.now().minusDays(3),
                "Short breaks team",
                clubs.id(),
                Set.of(sent.get(0))));
        changes.publish(published.id(), "You asked for a place sooner. Now we tell you in 2 weeks.");
        changes.record(new NewChange(
                action,
                "Draft: a new booking system is being tested.",
                null,
                LocalDate.now().minusDays(1),
                "Short breaks team",
                clubs.id(),
                Set.of()));

        ServiceLoop shown = youSaidWeDid.loop(clubs.code()).orElseThrow();

        assertThat(shown.feedbackCount().shown())
                .as("6, published rounded to 5 (decision 0022)")
                .hasValue(5);
        assertThat(shown.firstHeard()).isNotNull();
        assertThat(shown.themes())
                .containsExactly(
                        new ServiceLoop.ThemeHeard("Waiting times", new PublicCount(6)),
                        new ServiceLoop.ThemeHeard("Communication", new PublicCount(2)));
        assertThat(shown.themes().get(1).count().suppressed()).isTrue();
        assertThat(shown.themes().get(1).count().shown()).isEmpty();
        assertThat(shown.changes())
                .extracting(ServiceLoop.ChangeMade::summary)
                .containsExactly("Clubs now confirm a place within two weeks of asking.");
        assertThat(shown.changes().getFirst().easyRead())
                .isEqualTo("You asked for a place sooner. Now we tell you in 2 weeks.");
        assertThat(shown.quotes())
                .containsExactly(new ServiceLoop.QuoteShown(
                        "I waited ages for a place. My name is [name] and I go to [school].", false));
        assertThat(shown.toString()).doesNotContain("Jordan", "Oak School", "makes me uneasy");
    }

    @Test
    void withFewerThanFivePeopleThereIsNoNumberNoDatesAndNoQuote() {
        ServiceLoop nothing =
                youSaidWeDid.loop(loop.newChildrensService().code()).orElseThrow();
        assertThat(nothing.feedbackCount().value()).isZero();
        assertThat(nothing.themes()).isEmpty();

        LoopFixture.LoopService small = loop.newChildrensService();
        long first = loop.send(small, "The club was fun");
        loop.send(small, "I liked the trip");
        quotePublishing.publish(
                first,
                "The club was fun",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);

        ServiceLoop shown = youSaidWeDid.loop(small.code()).orElseThrow();
        assertThat(shown.feedbackCount().suppressed()).isTrue();
        assertThat(shown.feedbackCount().shown()).isEmpty();
        assertThat(shown.firstHeard()).isNull();
        assertThat(shown.lastHeard()).isNull();
        assertThat(shown.quotes()).isEmpty();
    }

    @Test
    void anUnknownOrInactiveServiceHasNoPage() {
        assertThat(youSaidWeDid.loop("NO_SUCH_SERVICE")).isEmpty();
        assertThat(youSaidWeDid.loop("")).isEmpty();
        assertThat(youSaidWeDid.loop("x".repeat(500))).isEmpty();
    }

    @Test
    void theListShowsEveryActiveServiceWithItsPublishedChanges() {
        assertThat(youSaidWeDid.services())
                .extracting(ServiceListing::name)
                .contains("Speech and Language Therapy", "Short Breaks holiday clubs");
    }
}
