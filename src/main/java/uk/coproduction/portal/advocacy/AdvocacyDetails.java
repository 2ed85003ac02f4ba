package uk.coproduction.portal.advocacy;

import java.util.Set;

/**
 * For commissioners: how a piece of feedback came through an advocate.
 *
 * @param organisationName null when the advocate had no organisation
 * @param bestInterestsBy  who made a best-interests decision; null for other kinds of consent
 * @param commentSource    null when there are no words about the service
 * @param changeSource     null when there is no change wanted
 */
public record AdvocacyDetails(String advocateName, String organisationName, ConsentBasis consent,
                              String bestInterestsBy, WordsSource commentSource, WordsSource changeSource,
                              Set<GatheringMethod> gathered, ReadBack readBack) {
}
