package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;

import java.util.Map;

/**
 * What a person sends, from a journey or any other channel.
 *
 * @param submissionKey  chosen when the journey starts, so that sending twice never makes two entries
 * @param serviceId      null when the person is not sure which service it was
 * @param ratings        charter expectation id to answer; skipped questions are absent
 * @param comment        their words when there is one general box (staff-entered and older channels)
 * @param answerComments charter expectation id to the "tell us more" words under that question
 * @param changeWanted   "what is one thing that should change?"
 * @param language       the language tag the person used, such as en-GB or pl
 */
public record FeedbackSubmission(
        String submissionKey,
        Long serviceId,
        Long areaId,
        RespondentGroup respondentGroup,
        AgeBand ageBand,
        Map<Long, RatingAnswer> ratings,
        String comment,
        Map<Long, String> answerComments,
        String changeWanted,
        Wording wording,
        String language,
        ContactRequest contact) {

    /** A submission with one general comment box, no contact and the English young person's wording. */
    public FeedbackSubmission(
            String submissionKey,
            Long serviceId,
            Long areaId,
            RespondentGroup respondentGroup,
            AgeBand ageBand,
            Map<Long, RatingAnswer> ratings,
            String comment) {
        this(
                submissionKey,
                serviceId,
                areaId,
                respondentGroup,
                ageBand,
                ratings,
                comment,
                Map.of(),
                null,
                Wording.of(respondentGroup, respondentGroup == RespondentGroup.LDA_ADULT),
                "en-GB",
                ContactRequest.NONE);
    }
}
