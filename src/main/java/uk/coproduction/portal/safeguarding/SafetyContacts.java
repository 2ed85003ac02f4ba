package uk.coproduction.portal.safeguarding;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Who to call, shown on "I don't feel safe". Numbers are configuration (they differ by area and change);
 * the words about each come from the translation files under {@code safety.contact.<key>.name} and
 * {@code .when}.
 */
@ConfigurationProperties("portal.safety")
public record SafetyContacts(List<Contact> contacts) {

    public SafetyContacts {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** @param key names the contact's words in the translation files */
    public record Contact(String key, String number) {}
}
