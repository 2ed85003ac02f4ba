package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;

import java.util.Map;

/**
 * A journey in progress as its pages need it. "Answered" flags tell a question never reached apart from one
 * answered with "not sure" or "rather not say".
 *
 * @param answers       charter expectation id to answer, for the questions reached so far
 * @param contact       null until the person has answered "do you want a reply?"
 * @param referenceCode null until the feedback is sent
 */
public record DraftSnapshot(
        String returnCode,
        String language,
        boolean serviceAnswered,
        Long serviceId,
        String serviceName,
        boolean areaAnswered,
        Long areaId,
        String areaName,
        RespondentGroup respondentGroup,
        boolean ageAnswered,
        AgeBand ageBand,
        Map<Long, Answer> answers,
        boolean changeAnswered,
        String changeWanted,
        ContactRequest contact,
        String referenceCode) {

    /** @param rating null when the person skipped the question */
    public record Answer(RatingAnswer rating, String comment) {

        public boolean skipped() {
            return rating == null;
        }
    }

    public boolean sent() {
        return referenceCode != null;
    }
}
