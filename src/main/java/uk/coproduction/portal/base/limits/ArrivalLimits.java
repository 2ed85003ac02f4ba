package uk.coproduction.portal.base.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.OpenToAnyone;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Limits that fit people, not addresses (decision 0026). Each journey has a modest limit per browser and a high,
 * burst-tolerant one per address; a campaign link that is open now raises its address limit to fit the people it
 * expects. Past a limit the browser is asked to do {@link ArrivalCheck}; with a right answer the journey goes ahead.
 * Nobody is ever turned away. Counts live in the database ({@link SharedBuckets}), shared by every instance.
 */
@Service
@EnableConfigurationProperties(ArrivalLimitSettings.class)
public class ArrivalLimits {

    /** A campaign's room: its expected people, half as many again, over its window. */
    static final double CAMPAIGN_HEADROOM = 1.5;

    private final SharedBuckets buckets;
    private final ArrivalCheck check;
    private final ArrivalLimitSettings settings;
    private final Clock clock;

    ArrivalLimits(SharedBuckets buckets, ArrivalCheck check, ArrivalLimitSettings settings, Clock clock) {
        this.buckets = buckets;
        this.check = check;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Called first by every application service method a person without an account reaches (decision 0044):
     * counts this arrival ({@link Arrival#current()}) against the journey's limits, and past them throws
     * {@link ArrivalCheckNeeded} before anything is done, so a view, an API or a test is limited alike.
     */
    @OpenToAnyone("the limits guard residents' journeys, which need no account; every caller is counted")
    @Transactional(propagation = Propagation.REQUIRES_NEW) // counted even when the caller's work rolls back
    public void require(Journey journey) {
        Admission admission = admit(journey, Arrival.current());
        if (!admission.admitted()) {
            throw new ArrivalCheckNeeded(admission);
        }
    }

    /** Go ahead, or do the check first. A right answer to the check is always let through (once). */
    @OpenToAnyone("the limits guard residents' journeys, which need no account; every caller is counted")
    public Admission admit(Journey journey, Arrival arrival) {
        if (arrival.proof() != null && check.passes(arrival.proof())) {
            return Admission.admit();
        }
        String browser = arrival.browser() == null ? "none" : arrival.browser();
        if (!buckets.tryTake("b|" + journey + "|" + browser, settings.browserRate(journey))) {
            return Admission.check(check.challenge(), Admission.Reason.BROWSER);
        }
        String address = arrival.address() == null ? "unknown" : arrival.address();
        Optional<CampaignAllowance> campaign =
                arrival.campaign().filter(c -> c.openAt(clock.instant())).filter(c -> journey != Journey.CODE_LOOKUP);
        String addressKey = "a|" + journey + "|" + address
                + campaign.map(c -> "|c" + c.campaignId()).orElse("");
        ArrivalLimitSettings.Rate rate = campaign.map(c -> roomFor(c, settings.addressRate(journey)))
                .orElseGet(() -> settings.addressRate(journey));
        if (!buckets.tryTake(addressKey, rate)) {
            return Admission.check(check.challenge(), Admission.Reason.ADDRESS);
        }
        return Admission.admit();
    }

    /** The campaign's room, or the usual limit when that is larger already (a campaign only ever raises it). */
    private static ArrivalLimitSettings.Rate roomFor(CampaignAllowance campaign, ArrivalLimitSettings.Rate usual) {
        double room = Math.ceil(campaign.expectedPeople() * CAMPAIGN_HEADROOM);
        Duration window = Duration.between(campaign.opens(), campaign.closes());
        if (!window.isPositive() || room <= usual.burst()) {
            return usual;
        }
        return new ArrivalLimitSettings.Rate(
                room,
                Math.max(room, usual.refill() * window.toNanos() / usual.per().toNanos()),
                window);
    }
}
