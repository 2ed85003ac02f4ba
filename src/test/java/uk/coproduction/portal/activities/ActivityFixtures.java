package uk.coproduction.portal.activities;

import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.ServiceSummary;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Activities and event answers as the pages build them, for tests. */
@Component
public class ActivityFixtures {

    private final CharterService charter;

    ActivityFixtures(CharterService charter) {
        this.charter = charter;
    }

    /** A school session about the service: 12 young people aged 11 to 15 and 3 parents, Easy Read materials. */
    public NewActivity schoolSessionAbout(ServiceSummary service, String title) {
        return new NewActivity(
                title,
                ActivityKind.SCHOOL_OR_CLUB_SESSION,
                LocalDate.now().minusDays(3),
                service.id(),
                Set.of(),
                Set.of(),
                Set.of(),
                CycleStage.REVIEW,
                List.of(
                        new ParticipantCount(RespondentGroup.YOUNG_PERSON, AgeBand.AGE_11_15, 12),
                        new ParticipantCount(RespondentGroup.PARENT_CARER, null, 3)),
                true,
                true,
                false,
                "Held in the school hall; Easy Read cards for every question.");
    }

    /** One person's row: every charter question answered the same way, and maybe words. */
    public PersonsAnswers person(RespondentGroup group, AgeBand ageBand, RatingAnswer answer, String words) {
        return new PersonsAnswers(UUID.randomUUID().toString(), group, ageBand, everyQuestion(answer), words);
    }

    public Map<Long, RatingAnswer> everyQuestion(RatingAnswer answer) {
        Map<Long, RatingAnswer> answers = new HashMap<>();
        for (Expectation expectation : charter.expectations()) {
            answers.put(expectation.id(), answer);
        }
        return answers;
    }
}
