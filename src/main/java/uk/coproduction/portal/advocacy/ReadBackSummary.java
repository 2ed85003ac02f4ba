package uk.coproduction.portal.advocacy;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.RatingAnswer;

import java.util.List;
import java.util.Set;

/**
 * What will be sent, checked and tidied, for the advocate to read back to the person in Easy Read before sending.
 *
 * @param areaName     null when not given
 * @param answers      the questions the person answered, in charter order
 * @param comment      null when there is none
 * @param changeWanted null when there is none
 */
public record ReadBackSummary(
        String serviceName,
        String areaName,
        RespondentGroup respondentGroup,
        AgeBand ageBand,
        List<Answer> answers,
        String comment,
        WordsSource commentSource,
        String changeWanted,
        WordsSource changeSource,
        ConsentBasis consent,
        String bestInterestsBy,
        Set<GatheringMethod> gathered,
        String advocateName,
        String organisationName) {

    /** @param position the charter expectation's position, which keys its wording in the translation files */
    public record Answer(int position, RatingAnswer answer) {}
}
