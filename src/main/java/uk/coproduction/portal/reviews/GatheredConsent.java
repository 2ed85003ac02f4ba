package uk.coproduction.portal.reviews;

import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.PersonsAge;

/**
 * How the person whose answers an advocate or partner organisation gathered agreed to share them, under the same
 * consent-by-age rule as on-behalf feedback (decision 0039, {@code advocacy.ConsentByAge}).
 *
 * @param personsAge             the person's age as the advocate gave it
 * @param consent                how they agreed
 * @param gillickConfirmed       the advocate checked a 13 to 15-year-old understands and chose to share
 * @param lacksCapacityConfirmed someone 16 or over was found to lack capacity for this decision
 */
public record GatheredConsent(
        PersonsAge personsAge, ConsentBasis consent, boolean gillickConfirmed, boolean lacksCapacityConfirmed) {}
