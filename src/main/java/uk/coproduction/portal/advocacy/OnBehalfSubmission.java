package uk.coproduction.portal.advocacy;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;

import java.util.Map;
import java.util.Set;

/**
 * What an advocate sends on someone's behalf.
 *
 * @param submissionKey   chosen when the form opens, so that sending twice never makes two entries
 * @param personsAge      how old the person is; needed, because it decides which consent can be recorded
 * @param wording         the words the charter questions were asked in (and so the words the reply comes in)
 * @param ratings         charter expectation id to the person's answer; questions not asked are absent
 * @param comment         what the person said about the service
 * @param commentSource   whose words {@code comment} is; needed when there is a comment
 * @param changeWanted    the one thing they want to change
 * @param changeSource    whose words {@code changeWanted} is; needed when there is one
 * @param bestInterestsBy name and role of who made a best-interests decision; needed for {@link ConsentBasis#BEST_INTERESTS}
 * @param gillickConfirmed the advocate checked that a 13 to 15 year old understands what sharing their views means
 *                        and chose to (Gillick competence); needed for {@link ConsentBasis#GILLICK_COMPETENT}
 * @param lacksCapacityConfirmed someone 16 or over was found to lack capacity for this decision (Mental Capacity Act
 *                        2005); needed for a best-interests decision from 16
 * @param gathered        how the views were gathered, at least one
 * @param readBack        null until the advocate says whether they read the summary back (needed to send)
 */
public record OnBehalfSubmission(
        String submissionKey,
        Long serviceId,
        Long areaId,
        RespondentGroup respondentGroup,
        PersonsAge personsAge,
        Wording wording,
        Map<Long, RatingAnswer> ratings,
        String comment,
        WordsSource commentSource,
        String changeWanted,
        WordsSource changeSource,
        ConsentBasis consent,
        String bestInterestsBy,
        boolean gillickConfirmed,
        boolean lacksCapacityConfirmed,
        Set<GatheringMethod> gathered,
        ReadBack readBack) {

    public OnBehalfSubmission {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        gathered = gathered == null ? Set.of() : Set.copyOf(gathered);
    }

    /** The age band the figures count the person under; null when over 25 or not given. */
    public AgeBand ageBand() {
        return personsAge == null ? null : personsAge.ageBand();
    }

    public OnBehalfSubmission withReadBack(ReadBack answer) {
        return new OnBehalfSubmission(
                submissionKey,
                serviceId,
                areaId,
                respondentGroup,
                personsAge,
                wording,
                ratings,
                comment,
                commentSource,
                changeWanted,
                changeSource,
                consent,
                bestInterestsBy,
                gillickConfirmed,
                lacksCapacityConfirmed,
                gathered,
                answer);
    }
}
