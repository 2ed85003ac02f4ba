package uk.coproduction.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.activities.ActivityKind;
import uk.coproduction.portal.activities.ActivityService;
import uk.coproduction.portal.activities.EventAnswersService;
import uk.coproduction.portal.activities.LundyCheck;
import uk.coproduction.portal.activities.NewActivity;
import uk.coproduction.portal.activities.ParticipantCount;
import uk.coproduction.portal.activities.PersonsAnswers;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.GatheringMethod;
import uk.coproduction.portal.advocacy.OnBehalfSubmission;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.advocacy.ReadBack;
import uk.coproduction.portal.advocacy.WordsSource;
import uk.coproduction.portal.base.LundyAnswer;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.services.CycleStage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Voices that do not come through the web form, entered through the same services staff use: three submissions
 * by the demo advocate on LD&A residents' behalf (each with how consent was given), and a Partnership Board
 * session with its participants, quick-entered answers, Lundy check and what changed.
 */
@Component
@Profile("demo")
class DemoVoices {

    private final JdbcClient jdbc;
    private final DemoReferences references;
    private final CharterService charter;
    private final AdvocacyService advocacy;
    private final ActivityService activities;
    private final EventAnswersService eventAnswers;
    private final FeedbackTriageService triage;
    private final Clock clock;

    DemoVoices(
            JdbcClient jdbc,
            DemoReferences references,
            AdvocacyService advocacy,
            ActivityService activities,
            EventAnswersService eventAnswers,
            FeedbackTriageService triage,
            CharterService charter,
            Clock clock) {
        this.jdbc = jdbc;
        this.references = references;
        this.charter = charter;
        this.advocacy = advocacy;
        this.activities = activities;
        this.eventAnswers = eventAnswers;
        this.triage = triage;
        this.clock = clock;
    }

    /** Returns how many pieces of feedback were added. */
    int create() {
        int added = DemoSignIn.as(DemoAccounts.ADVOCATE, Roles.ADVOCATE, this::onBehalf);
        // Supported living and home care are commissioned by the council alone: its LD&A commissioner's work.
        DemoSignIn.as(DemoAccounts.KCC_LDA_COMMISSIONER, Roles.COMMISSIONER, this::replyToTheFirst);
        return added + DemoSignIn.as(DemoAccounts.KCC_LDA_COMMISSIONER, Roles.COMMISSIONER, this::partnershipBoard);
    }

    /** A reply the advocate can print in Easy Read and take back to the person. */
    private String replyToTheFirst() {
        long first = jdbc.sql("SELECT feedback_id FROM feedback_advocacy ORDER BY feedback_id LIMIT 1")
                .query(Long.class)
                .single();
        triage.open(first);
        long supportedLivingAction = references.action("LDA_STRATEGY", "1.1.1");
        triage.linkActions(first, Set.of(supportedLivingAction));
        triage.reply(
                first,
                "Thank you for telling us. From next month, new support workers will meet you before they start "
                        + "working with you, and you can say if they are not right for you.",
                "Thank you for telling us.\nYou will meet new support workers first.\nYou can say no to a worker.");
        return "replied";
    }

    private int onBehalf() {
        long supportedLiving = references.service("SUPPORTED_LIVING");
        long healthChecks = references.service("ANNUAL_HEALTH_CHECKS");
        advocacy.submit(new OnBehalfSubmission(
                key("advocacy-1"),
                supportedLiving,
                references.area("EAST_KENT"),
                RespondentGroup.LDA_ADULT,
                PersonsAge.OVER_25,
                Wording.EASY_READ,
                answers(RatingAnswer.GOOD, RatingAnswer.BAD),
                "I like my flat. I want to choose who helps me in the morning.",
                WordsSource.OWN_WORDS,
                "Let me meet new support workers before they start.",
                WordsSource.OWN_WORDS,
                ConsentBasis.OWN_VERBAL,
                null,
                false,
                false,
                Set.of(GatheringMethod.CONVERSATION, GatheringMethod.PICTURES),
                ReadBack.AGREED));
        advocacy.submit(new OnBehalfSubmission(
                key("advocacy-2"),
                healthChecks,
                references.area("WEST_KENT"),
                RespondentGroup.LDA_ADULT,
                PersonsAge.OVER_25,
                Wording.EASY_READ,
                answers(RatingAnswer.VERY_GOOD, RatingAnswer.OK),
                "The nurse used pictures and did not rush. The waiting room was noisy.",
                WordsSource.ADVOCATE_SUMMARY,
                "A quiet room to wait in.",
                WordsSource.ADVOCATE_SUMMARY,
                ConsentBasis.OWN_WRITTEN,
                null,
                false,
                false,
                Set.of(GatheringMethod.PICTURES),
                ReadBack.AGREED));
        advocacy.submit(new OnBehalfSubmission(
                key("advocacy-3"),
                supportedLiving,
                references.area("MEDWAY_SWALE"),
                RespondentGroup.LDA_ADULT,
                PersonsAge.OVER_25,
                Wording.EASY_READ,
                answers(RatingAnswer.OK, RatingAnswer.NOT_SURE),
                "Seemed calmer since staff started using his communication book.",
                WordsSource.ADVOCATE_SUMMARY,
                null,
                null,
                ConsentBasis.BEST_INTERESTS,
                "Care manager, with his sister, at his review",
                false,
                true,
                Set.of(GatheringMethod.OBSERVATION),
                ReadBack.NOT_READ_BACK));
        return 3;
    }

    private int partnershipBoard() {
        long supportedLiving = references.service("SUPPORTED_LIVING");
        LocalDate heldOn = LocalDate.now(clock).minusWeeks(5);
        long activity = activities.record(new NewActivity(
                "LD Partnership Board: living in my own home",
                ActivityKind.PARTNERSHIP_BOARD,
                heldOn,
                supportedLiving,
                Set.of(references.service("HOME_CARE")),
                Set.of(),
                Set.of(),
                CycleStage.REVIEW,
                List.of(
                        new ParticipantCount(RespondentGroup.LDA_ADULT, null, 8),
                        new ParticipantCount(RespondentGroup.PARENT_CARER, null, 3)),
                true,
                true,
                true,
                "Easy Read agenda sent a week before; two supporters; breaks every 30 minutes."));
        List<PersonsAnswers> people = new ArrayList<>();
        RatingAnswer[] pattern = {RatingAnswer.GOOD, RatingAnswer.OK, RatingAnswer.VERY_GOOD, RatingAnswer.BAD};
        for (int person = 0; person < 8; person++) {
            people.add(new PersonsAnswers(
                    key("board-" + person),
                    RespondentGroup.LDA_ADULT,
                    null,
                    answers(pattern[person % pattern.length], pattern[(person + 1) % pattern.length]),
                    person == 2 ? "I want to choose my staff" : null));
        }
        eventAnswers.save(activity, people);
        activities.recordLundyCheck(
                activity,
                new LundyCheck(
                        LundyAnswer.YES,
                        "Familiar venue, quiet room",
                        LundyAnswer.YES,
                        "Talking mats and supporters",
                        LundyAnswer.PARTLY,
                        "Commissioner came for the second half",
                        LundyAnswer.YES,
                        "Views went into the re-commissioning plan"));
        activities.recordWhatChanged(
                activity,
                "People now meet new support workers before they start; added to the supported living specification.",
                heldOn.plusWeeks(3));
        return people.size();
    }

    /** Answers to all six charter questions: the first three one way, the last three another. */
    private Map<Long, RatingAnswer> answers(RatingAnswer firstHalf, RatingAnswer secondHalf) {
        Map<Long, RatingAnswer> answers = new HashMap<>();
        List<Long> expectations =
                charter.expectations().stream().map(Expectation::id).toList();
        for (int i = 0; i < expectations.size(); i++) {
            answers.put(expectations.get(i), i < 3 ? firstHalf : secondHalf);
        }
        return answers;
    }

    /** The same key on every fresh demo database, as the forms' own keys are UUIDs. */
    private static String key(String name) {
        return UUID.nameUUIDFromBytes(("demo-" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
