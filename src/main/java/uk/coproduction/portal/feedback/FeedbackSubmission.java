package uk.coproduction.portal.feedback;

import java.util.Map;

/**
 * What a person sends from the feedback form.
 *
 * @param submissionKey chosen by the form when it opens, so that sending twice never makes two entries
 * @param serviceId     null when the person is not sure which service it was
 * @param ratings       charter expectation id to answer; skipped questions are absent
 */
public record FeedbackSubmission(String submissionKey, Long serviceId, Long areaId, RespondentGroup respondentGroup,
                                 AgeBand ageBand, Map<Long, RatingAnswer> ratings, String comment) {
}
