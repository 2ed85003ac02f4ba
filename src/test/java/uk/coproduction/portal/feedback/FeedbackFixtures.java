package uk.coproduction.portal.feedback;

import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds submissions the way the public form does, for tests. */
@Component
public class FeedbackFixtures {

    private final ServiceCatalogue catalogue;
    private final CharterService charter;
    private final FeedbackItems items;

    FeedbackFixtures(ServiceCatalogue catalogue, CharterService charter, FeedbackItems items) {
        this.catalogue = catalogue;
        this.charter = charter;
        this.items = items;
    }

    /** The id a commissioner's screens know the item by, from the reference code the person was given. */
    public long idOf(String referenceCode) {
        return items.byReferenceCode(referenceCode).orElseThrow().getId();
    }

    public ServiceSummary serviceOf(Team team) {
        return catalogue.activeServices().stream()
                .filter(s -> s.team() == team)
                .findFirst()
                .orElseThrow();
    }

    public ServiceSummary serviceNamed(String name) {
        return catalogue.activeServices().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    public Map<Long, RatingAnswer> allAnswered(RatingAnswer answer) {
        Map<Long, RatingAnswer> ratings = new HashMap<>();
        for (Expectation expectation : charter.expectations()) {
            ratings.put(expectation.id(), answer);
        }
        return ratings;
    }

    /** Someone who wants the reply by e-mail, in Easy Read or in young people's words. */
    public FeedbackSubmission wantingAnEmailReply(
            ServiceSummary service, String words, String email, boolean easyRead) {
        return new FeedbackSubmission(
                UUID.randomUUID().toString(),
                service.id(),
                null,
                easyRead ? RespondentGroup.LDA_ADULT : RespondentGroup.YOUNG_PERSON,
                null,
                allAnswered(RatingAnswer.OK),
                words,
                Map.of(),
                null,
                easyRead ? Wording.EASY_READ : Wording.YOUNG_PERSON,
                easyRead ? "en-GB-easyread" : "en-GB",
                new ContactRequest(ReplyMethod.EMAIL, email, null, null));
    }

    /** A young person about a children's service, every charter answer OK, telling the words given (any may be null). */
    public FeedbackSubmission youngPersonTelling(String comment, Map<Long, String> tellUsMore, String changeWanted) {
        return new FeedbackSubmission(
                UUID.randomUUID().toString(),
                serviceOf(Team.CHILDRENS).id(),
                null,
                RespondentGroup.YOUNG_PERSON,
                null,
                allAnswered(RatingAnswer.OK),
                comment,
                tellUsMore,
                changeWanted,
                Wording.YOUNG_PERSON,
                "en-GB",
                ContactRequest.NONE);
    }

    public FeedbackSubmission youngPersonAbout(ServiceSummary service, String words) {
        return new FeedbackSubmission(
                UUID.randomUUID().toString(),
                service.id(),
                null,
                RespondentGroup.YOUNG_PERSON,
                AgeBand.AGE_11_15,
                allAnswered(RatingAnswer.GOOD),
                words);
    }
}
