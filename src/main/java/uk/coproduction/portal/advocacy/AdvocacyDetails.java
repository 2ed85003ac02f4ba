package uk.coproduction.portal.advocacy;

import java.util.Set;

/**
 * For commissioners: how a piece of feedback came through an advocate.
 *
 * @param organisationName null when the advocate had no organisation
 * @param bestInterestsBy  who made a best-interests decision; null for other kinds of consent
 * @param commentSource    null when there are no words about the service
 * @param changeSource     null when there is no change wanted
 * @param personsAge       the age the advocate gave, which decided the consent allowed; null when sent before the form
 *                         asked it (decision 0039)
 * @param gillickConfirmed the advocate confirmed an under-16's understanding (Gillick competence)
 * @param lacksCapacityConfirmed the advocate confirmed a finding that someone 16 or over lacks capacity for this
 *                         decision, behind a best-interests decision
 */
public record AdvocacyDetails(
        String advocateName,
        String organisationName,
        ConsentBasis consent,
        String bestInterestsBy,
        WordsSource commentSource,
        WordsSource changeSource,
        Set<GatheringMethod> gathered,
        ReadBack readBack,
        PersonsAge personsAge,
        boolean gillickConfirmed,
        boolean lacksCapacityConfirmed) {}
