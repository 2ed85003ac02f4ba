package uk.coproduction.portal.safeguarding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Who is told about a safeguarding concern: the lead contact on arrival ({@code portal.safeguarding.lead-contact},
 * environment variable {@code PORTAL_SAFEGUARDING_LEAD_CONTACT}), and the second contact when nobody acknowledges
 * in time ({@code portal.safeguarding.escalate-to}, {@code PORTAL_SAFEGUARDING_ESCALATE_TO}), again every
 * {@code portal.safeguarding.escalate-again-after} until someone does. Each may be several addresses, comma
 * separated. The prod profile refuses to start without both ({@link SafeguardingContactsRequired}).
 */
@Component
public class SafeguardingContacts {

    static final String LEAD_SETTING = "portal.safeguarding.lead-contact";
    static final String ESCALATE_SETTING = "portal.safeguarding.escalate-to";

    private final List<String> leads;
    private final List<String> escalateTo;
    private final Duration again;

    SafeguardingContacts(
            @Value("${" + LEAD_SETTING + ":}") String leads,
            @Value("${" + ESCALATE_SETTING + ":}") String escalateTo,
            @Value("${portal.safeguarding.escalate-again-after:PT1H}") Duration again) {
        this.leads = addresses(leads);
        this.escalateTo = addresses(escalateTo);
        if (again.isNegative() || again.isZero()) {
            throw new IllegalArgumentException("portal.safeguarding.escalate-again-after must be more than zero");
        }
        this.again = again;
    }

    private static List<String> addresses(String setting) {
        return setting == null
                ? List.of()
                : Arrays.stream(setting.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
    }

    /** Who is e-mailed the moment a concern arrives (empty: nobody can be). */
    public List<String> leads() {
        return leads;
    }

    /** Who is e-mailed when nobody acknowledged in time (empty: nobody can be). */
    public List<String> escalateTo() {
        return escalateTo;
    }

    /** How long after one escalation the next is sent, while still nobody has acknowledged. */
    public Duration escalateAgainAfter() {
        return again;
    }
}
