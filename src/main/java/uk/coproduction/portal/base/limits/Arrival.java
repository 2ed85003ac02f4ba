package uk.coproduction.portal.base.limits;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.ui.ClientAddress;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is arriving, as far as the limits need to know: the address the trusted proxies report (decision 0018), the
 * browser's signed cookie, the campaign link they followed, and their answer to the check if they were asked.
 *
 * @param proof the browser's answer to a challenge ({@link ArrivalCheck}), or null
 */
public record Arrival(
        String address,
        @Nullable String browser,
        Optional<CampaignAllowance> campaign,
        @Nullable String proof) {

    /** Set while a call runs for a given arrival: a checked browser's answer, or a test's simulated visitor. */
    private static final ThreadLocal<Arrival> DURING = new ThreadLocal<>();

    /**
     * Who is arriving for the call running on this thread: the arrival set by {@link #during}, else the person
     * using this page now (no page: an unknown address and no browser, one shared allowance for all such callers).
     */
    public static Arrival current() {
        Arrival set = DURING.get();
        return set != null ? set : current(null);
    }

    /** Runs {@code call} on behalf of {@code arrival} (services ask {@link ArrivalLimits#require} who it is). */
    public static <T> T during(Arrival arrival, Supplier<T> call) {
        Arrival before = DURING.get();
        DURING.set(arrival);
        try {
            return call.get();
        } finally {
            if (before == null) {
                DURING.remove();
            } else {
                DURING.set(before);
            }
        }
    }

    /** The person using this page now. */
    public static Arrival current(@Nullable String proof) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object browser = request == null ? null : request.getAttribute(BrowserCookie.REQUEST_ATTRIBUTE);
        return new Arrival(
                ClientAddress.current(),
                browser == null ? null : browser.toString(),
                CampaignAllowance.current(),
                proof);
    }

    public Arrival withProof(String answer) {
        return new Arrival(address, browser, campaign, answer);
    }
}
