package uk.coproduction.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackIntake;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.NewFeedback;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.PlanActionRepository;
import uk.coproduction.portal.security.StaffAccount;
import uk.coproduction.portal.security.StaffAccountRepository;
import uk.coproduction.portal.services.Area;
import uk.coproduction.portal.services.AreaRepository;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A few hundred realistic feedback entries over the last eight quarters, spread over services, areas and groups,
 * at every stage of the loop (new, read, linked, replied). Fixed seed: every fresh demo database is the same.
 */
@Component
@Profile("demo")
class DemoFeedback {

    static final int ENTRIES = 360;
    private static final Duration EIGHT_QUARTERS = Duration.ofDays(730);

    /** Something a person might say; {@code service} names the service code it only makes sense for, or is null. */
    private record Words(String service, String text) {
        static Words any(String text) {
            return new Words(null, text);
        }
    }

    private static final List<Words> YOUNG_PERSON_WORDS = List.of(
            new Words(
                    "SPEECH_LANGUAGE_THERAPY",
                    "The speech therapist was really nice and explained things so I understood."),
            Words.any("I had to wait a really long time and nobody told me why."),
            Words.any("They listened to me and not just to my mum."),
            new Words("SHORT_BREAKS", "I liked the holiday club. I made friends and the staff were kind."),
            Words.any("I didn't know what was going to happen at my appointment. A picture of the room would help."),
            new Words(
                    "EMOTIONAL_WELLBEING_CAMHS",
                    "Moving to the adult service is scary and nobody has talked to me about it."),
            Words.any("They asked me what I wanted to do and we did it."),
            Words.any("The waiting room was too loud for me."),
            new Words("SPECIALIST_CHILDRENS_NURSING", "My nurse always says hello to me first."),
            new Words("SHORT_BREAKS", "I want to choose the activities myself next time."));
    private static final List<Words> PARENT_WORDS = List.of(
            new Words(
                    "NEURODEVELOPMENTAL_PATHWAY",
                    "We waited 14 months for an assessment. The staff were kind but the wait was very hard for our family."),
            new Words("PORTAGE", "Portage has changed our lives. Our worker treated us as experts on our own child."),
            Words.any("I had to tell our story again to every new person. Please share information between teams."),
            new Words("SHORT_BREAKS", "Short breaks give us time to be a family. Please don't cut them."),
            Words.any("Letters arrive full of jargon. Please write to us in plain English."),
            new Words(
                    "SPECIALIST_CHILDRENS_NURSING", "The nurse came to our home and fitted around my work. Brilliant."),
            new Words("INDEPENDENT_SPECIAL_SCHOOLS", "Nobody told us what would happen after the EHC plan was agreed."),
            Words.any("They involved my son in the meeting, which he had never been asked before."),
            Words.any("Phone calls were not returned for three weeks."),
            Words.any("The transition plan started early and it really helped."));
    private static final List<Words> LDA_WORDS = List.of(
            Words.any("Staff were kind to me."),
            Words.any("I want to choose who supports me."),
            Words.any("The letter was hard to read. Easy Read please."),
            new Words("ANNUAL_HEALTH_CHECKS", "My health check was good. The nurse explained things."),
            new Words("SUPPORTED_LIVING", "I want to live near my friends."),
            Words.any("Nobody listened when I said I was unhappy."),
            new Words("SUPPORTED_LIVING", "I like my support worker. She helps me cook."),
            new Words("TRANSFORMING_CARE", "The hospital was too noisy. It upset me."),
            Words.any("I went to the Partnership Board and they listened."),
            new Words("COMMUNITY_LD_TEAMS", "I want a job. Can you help?"));
    private static final List<Words> OTHER_WORDS = List.of(
            new Words("SPEECH_LANGUAGE_THERAPY", "As a teacher I see families waiting too long for therapy support."),
            Words.any("The service works well when health and education plan together."),
            Words.any("Referral forms are long and confusing for families."),
            Words.any("Good communication between the team and the school this year."));
    private static final List<String> REPLIES = List.of(
            "Thank you for telling us. We have shared your words with the team that runs this service, and we are looking at how to make waiting times shorter. We will update you here.",
            "Thank you. Your feedback is part of our review of this service this year. We have linked it to our plan so the people deciding can see it.",
            "Thank you for being so honest. We have asked the provider to write letters in plain English and Easy Read. We will tell you when this has happened.",
            "Thank you. We were really pleased to hear this. We have passed your kind words on to the staff.",
            "Thank you for telling us. We agree this is not good enough. We are working with the service to return calls within 5 working days.");

    private final FeedbackIntake intake;
    private final CommissionedServiceRepository services;
    private final AreaRepository areas;
    private final CharterService charter;
    private final PlanActionRepository actions;
    private final StaffAccountRepository accounts;
    private final Clock clock;

    DemoFeedback(
            FeedbackIntake intake,
            CommissionedServiceRepository services,
            AreaRepository areas,
            CharterService charter,
            PlanActionRepository actions,
            StaffAccountRepository accounts,
            Clock clock) {
        this.intake = intake;
        this.services = services;
        this.areas = areas;
        this.charter = charter;
        this.actions = actions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction (the intake needs one). */
    int create() {
        Random random = new Random(2026);
        List<CommissionedService> serviceList = services.findAllByActiveTrueOrderByNameAsc();
        List<Area> areaList = areas.findAllByOrderByNameAsc();
        List<Expectation> expectations = charter.expectations();
        List<ActionSummary> actionList = actions.findAllSummaries();
        // The commissioner who looks after each service: same team, and the organisation that commissions it.
        List<StaffAccount> commissioners = accounts.findAll().stream()
                .filter(a -> a.getRoles().contains(Roles.COMMISSIONER))
                .toList();
        // Each service has its own typical experience, so figures differ between services.
        Map<Long, Double> quality = new HashMap<>();
        serviceList.forEach(s -> quality.put(s.getId(), 1.5 + random.nextDouble() * 2.5));

        Instant now = clock.instant();
        for (int i = 0; i < ENTRIES; i++) {
            boolean unsure = random.nextInt(20) == 0;
            CommissionedService service = serviceList.get(random.nextInt(serviceList.size()));
            RespondentGroup group = groupFor(service.getTeam(), random);
            AgeBand ageBand = group == RespondentGroup.YOUNG_PERSON
                    ? AgeBand.values()[random.nextInt(AgeBand.values().length)]
                    : null;
            Area area = random.nextInt(5) == 0 ? null : areaList.get(random.nextInt(areaList.size()));
            Map<Long, RatingAnswer> ratings = new HashMap<>();
            for (Expectation expectation : expectations) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    continue; // skipped
                }
                ratings.put(
                        expectation.id(),
                        roll == 1
                                ? RatingAnswer.NOT_SURE
                                : answer(quality.get(service.getId()) + random.nextGaussian() * 0.9));
            }
            String comment = random.nextInt(4) == 0 ? null : wordsFor(group, service, random);
            Instant submitted =
                    now.minus(Duration.ofMinutes((long) (random.nextDouble() * EIGHT_QUARTERS.toMinutes())));
            // Saved first, then taken round the loop: the item stays managed in the loader's transaction.
            Feedback entry = intake.take(new NewFeedback.Demo(
                            unsure ? null : service, area, group, ageBand, comment, ratings, submitted))
                    .item();
            progress(entry, service, commissionerOf(service, commissioners), actionList, now, random);
        }
        return ENTRIES;
    }

    private static StaffAccount commissionerOf(CommissionedService service, List<StaffAccount> commissioners) {
        return commissioners.stream()
                .filter(a -> a.getTeam() == service.getTeam()
                        && a.getOrganisation() != null
                        && a.getOrganisation()
                                .getId()
                                .equals(service.getCommissioner().getId()))
                .findFirst()
                .orElse(null);
    }

    /** Older feedback has gone further round the loop, as it would have in real life. */
    private static void progress(
            Feedback entry,
            CommissionedService service,
            StaffAccount commissioner,
            List<ActionSummary> actionList,
            Instant now,
            Random random) {
        if (commissioner == null || entry.getService() == null) {
            return;
        }
        long ageDays = Duration.between(entry.getSubmittedAt(), now).toDays();
        int stage = ageDays < 7
                ? 0
                : ageDays < 30 ? random.nextInt(3) : ageDays < 90 ? 1 + random.nextInt(3) : 2 + random.nextInt(2);
        String by = commissioner.getUsername();
        Instant at = entry.getSubmittedAt().plus(Duration.ofDays(1 + random.nextInt(3)));
        if (stage >= 1) {
            entry.advanceTo(FeedbackStatus.READ, by, at);
            entry.claimIfUnowned(by);
        }
        if (stage >= 2) {
            Set<Long> linked = new LinkedHashSet<>();
            for (int n = 0; n <= random.nextInt(2); n++) {
                linked.add(actionList.get(random.nextInt(actionList.size())).id());
            }
            entry.linkActions(linked);
            at = at.plus(Duration.ofDays(1 + random.nextInt(5)));
            entry.advanceTo(FeedbackStatus.LINKED, by, at);
        }
        if (stage >= 3) {
            at = at.plus(Duration.ofDays(1 + random.nextInt(10)));
            entry.addReply(REPLIES.get(random.nextInt(REPLIES.size())), null, commissioner.getId(), at);
            entry.advanceTo(FeedbackStatus.REPLIED, by, at);
        }
    }

    private static RespondentGroup groupFor(Team team, Random random) {
        int roll = random.nextInt(10);
        if (team == Team.LDA) {
            return roll < 6
                    ? RespondentGroup.LDA_ADULT
                    : roll < 9 ? RespondentGroup.PARENT_CARER : RespondentGroup.SOMEONE_ELSE;
        }
        return roll < 5
                ? RespondentGroup.YOUNG_PERSON
                : roll < 9 ? RespondentGroup.PARENT_CARER : RespondentGroup.SOMEONE_ELSE;
    }

    private static String wordsFor(RespondentGroup group, CommissionedService service, Random random) {
        List<Words> pool = switch (group) {
            case YOUNG_PERSON -> YOUNG_PERSON_WORDS;
            case PARENT_CARER -> PARENT_WORDS;
            case LDA_ADULT -> LDA_WORDS;
            case SOMEONE_ELSE, FRONTLINE_WORKER -> OTHER_WORDS;
        };
        List<Words> fitting = pool.stream()
                .filter(w -> w.service() == null || w.service().equals(service.getCode()))
                .toList();
        return fitting.get(random.nextInt(fitting.size())).text();
    }

    /** 0 is really bad … 4 is really good. */
    private static RatingAnswer answer(double score) {
        int rounded = (int) Math.round(Math.max(0, Math.min(4, score)));
        return switch (rounded) {
            case 4 -> RatingAnswer.VERY_GOOD;
            case 3 -> RatingAnswer.GOOD;
            case 2 -> RatingAnswer.OK;
            case 1 -> RatingAnswer.BAD;
            default -> RatingAnswer.VERY_BAD;
        };
    }
}
