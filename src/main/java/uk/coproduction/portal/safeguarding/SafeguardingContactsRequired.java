package uk.coproduction.portal.safeguarding;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * In production a concern must always reach a person: without a lead contact and a second contact the portal
 * refuses to start, naming the setting to add.
 */
@Component
@Profile("prod")
class SafeguardingContactsRequired {

    SafeguardingContactsRequired(SafeguardingContacts contacts) {
        if (contacts.leads().isEmpty()) {
            throw new IllegalStateException(missing(
                    SafeguardingContacts.LEAD_SETTING,
                    "the safeguarding lead's e-mail address, alerted the moment a concern arrives"));
        }
        if (contacts.escalateTo().isEmpty()) {
            throw new IllegalStateException(missing(
                    SafeguardingContacts.ESCALATE_SETTING,
                    "the second contact's e-mail address (e.g. the out-of-hours duty team), told when nobody "
                            + "acknowledges a concern in time"));
        }
    }

    private static String missing(String setting, String what) {
        return "Safeguarding contact not configured: set " + setting + " (environment variable "
                + setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ") to " + what
                + ". The portal will not start in production without it, so that every concern reaches a person.";
    }
}
