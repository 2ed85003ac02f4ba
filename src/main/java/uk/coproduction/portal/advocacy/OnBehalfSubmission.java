package uk.coproduction.portal.advocacy;

import uk.coproduction.portal.feedback.AgeBand;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.RespondentGroup;
import uk.coproduction.portal.feedback.Wording;

import java.util.Map;
import java.util.Set;

/**
 * What an advocate sends on someone's behalf.
 *
 * @param submissionKey   chosen when the form opens, so that sending twice never makes two entries
 * @param wording         the words the charter questions were asked in (and so the words the reply comes in)
 * @param ratings         charter expectation id to the person's answer; questions not asked are absent
 * @param comment         what the person said about the service
 * @param commentSource   whose words {@code comment} is; needed when there is a comment
 * @param changeWanted    the one thing they want to change
 * @param changeSource    whose words {@code changeWanted} is; needed when there is one
 * @param bestInterestsBy name and role of who made a best-interests decision; needed for {@link ConsentBasis#BEST_INTERESTS}
 * @param gathered        how the views were gathered, at least one
 * @param readBack        null until the advocate says whether they read the summary back (needed to send)
 */
public record OnBehalfSubmission(String submissionKey, Long serviceId, Long areaId, RespondentGroup respondentGroup,
                                 AgeBand ageBand, Wording wording, Map<Long, RatingAnswer> ratings, String comment,
                                 WordsSource commentSource, String changeWanted, WordsSource changeSource,
                                 ConsentBasis consent, String bestInterestsBy, Set<GatheringMethod> gathered,
                                 ReadBack readBack) {

    public OnBehalfSubmission {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        gathered = gathered == null ? Set.of() : Set.copyOf(gathered);
    }

    public OnBehalfSubmission withReadBack(ReadBack answer) {
        return new OnBehalfSubmission(submissionKey, serviceId, areaId, respondentGroup, ageBand, wording, ratings,
                comment, commentSource, changeWanted, changeSource, consent, bestInterestsBy, gathered, answer);
    }
}
