package uk.coproduction.portal.base.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many journeys one browser and one address may start before the browser is asked to do the small check
 * (decision 0026). The address figures are sized from the largest real group behind one address: a school
 * assembly of 300 in half an hour (residents' and equality journeys, half as much again for headroom), and a
 * trust's 5,000 staff answering the quarterly link over a week, most on the first day (frontline). Each deployment
 * may set its own under {@code portal.limits.*}; README lists them for a council's IT.
 *
 * @param browserJourneysPerHour   residents', equality or frontline journeys one browser starts in an hour
 * @param browserLookupsPerTenMinutes code look-ups one browser makes in ten minutes
 * @param addressFeedbackBurst     residents' (or equality) journeys one address may start at once
 * @param addressFeedbackPerHour   and how fast that allowance comes back
 * @param addressFrontlineBurst    frontline journeys one address may start at once
 * @param addressFrontlinePerDay   and how fast that allowance comes back
 * @param addressLookupsBurst      code look-ups one address may make at once
 * @param addressLookupsPerHour    and how fast that allowance comes back
 * @param checkDifficulty          leading zero bits the browser's SHA-256 must find (15: about a second on a phone)
 * @param signingKey               signs the browser cookie and the challenges; empty: one made and kept in the database
 * @param fastestResidentJourney   a residents' journey sent faster than this was not read by a person
 * @param fastestFrontlineJourney  the same for the one-page frontline journey
 * @param sameWordsTimes           the same words this many times ...
 * @param sameWordsWithin          ... within this long are held for review
 */
@ConfigurationProperties("portal.limits")
public record ArrivalLimitSettings(
        @DefaultValue("20") int browserJourneysPerHour,
        @DefaultValue("30") int browserLookupsPerTenMinutes,
        @DefaultValue("450") int addressFeedbackBurst,
        @DefaultValue("600") int addressFeedbackPerHour,
        @DefaultValue("1500") int addressFrontlineBurst,
        @DefaultValue("3000") int addressFrontlinePerDay,
        @DefaultValue("600") int addressLookupsBurst,
        @DefaultValue("600") int addressLookupsPerHour,
        @DefaultValue("15") int checkDifficulty,
        @DefaultValue("") String signingKey,
        @DefaultValue("20s") Duration fastestResidentJourney,
        @DefaultValue("8s") Duration fastestFrontlineJourney,
        @DefaultValue("5") int sameWordsTimes,
        @DefaultValue("10m") Duration sameWordsWithin) {

    /** The figures this record is sized from, as shipped. */
    public static ArrivalLimitSettings shipped() {
        return new ArrivalLimitSettings(
                20,
                30,
                450,
                600,
                1500,
                3000,
                600,
                600,
                15,
                "",
                Duration.ofSeconds(20),
                Duration.ofSeconds(8),
                5,
                Duration.ofMinutes(10));
    }

    /** A token bucket's shape: how many at once, and how many come back per period. */
    record Rate(double burst, double refill, Duration per) {

        double perMicrosecond() {
            return refill / (per.toNanos() / 1_000.0);
        }
    }

    Rate browserRate(Journey journey) {
        return journey == Journey.CODE_LOOKUP
                ? new Rate(browserLookupsPerTenMinutes, browserLookupsPerTenMinutes, Duration.ofMinutes(10))
                : new Rate(browserJourneysPerHour, browserJourneysPerHour, Duration.ofHours(1));
    }

    Rate addressRate(Journey journey) {
        return switch (journey) {
            case RESIDENT_FEEDBACK, EQUALITY ->
                new Rate(addressFeedbackBurst, addressFeedbackPerHour, Duration.ofHours(1));
            case FRONTLINE -> new Rate(addressFrontlineBurst, addressFrontlinePerDay, Duration.ofDays(1));
            case CODE_LOOKUP -> new Rate(addressLookupsBurst, addressLookupsPerHour, Duration.ofHours(1));
        };
    }
}
