package uk.coproduction.portal.reviews;

import java.util.List;
import java.util.Map;

/**
 * Everything answered to a review, per audience, for its report. Each person's answers say whether safeguarding
 * holds them ({@link ResponseAnswers#safeguardingFlagged()}) or they are held for review: a report counts neither, as
 * no figure does.
 *
 * @param byAudience every audience the review asks (in {@link ReviewAudience} order), with its answers oldest first;
 *                   an audience nobody answered has an empty list
 */
public record ReviewAnswers(ReviewSummary review, Map<ReviewAudience, List<ResponseAnswers>> byAudience) {

    public ReviewAnswers {
        byAudience = Map.copyOf(byAudience);
    }

    public List<ResponseAnswers> of(ReviewAudience audience) {
        return byAudience.getOrDefault(audience, List.of());
    }
}
