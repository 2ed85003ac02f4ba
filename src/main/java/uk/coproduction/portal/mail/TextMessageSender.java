package uk.coproduction.portal.mail;

/**
 * Sends a text message to a phone number. The portal ships without one: text messages (one-time codes for people
 * who gave a phone number) wait in the outbox until a deployment adds a bean of this type for its SMS gateway,
 * and the pages say so (decision 0017).
 */
public interface TextMessageSender {

    /** @throws RuntimeException when the gateway refuses or cannot be reached; the message is tried again later */
    void send(String phoneNumber, String text);
}
