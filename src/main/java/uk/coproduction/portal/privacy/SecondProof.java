package uk.coproduction.portal.privacy;

import org.jspecify.annotations.Nullable;

/**
 * What, besides the reference code, proves that the person asking is the one who sent the feedback (decision 0017).
 *
 * @param way         how they can prove it
 * @param sentTo      where a one-time code goes, masked ({@code j•••@e•••.com}); null for the other ways
 * @param canArrive   false when the portal cannot send that way at the moment (no mail server, no text sender):
 *                    the code waits in the outbox, and the page says so
 */
public record SecondProof(Way way, @Nullable String sentTo, boolean canArrive) {

    public enum Way {
        /** A one-time code by e-mail to the address they gave. */
        EMAIL_CODE,
        /** A one-time code by text message to the number they gave. */
        TEXT_CODE,
        /** The private code shown once at the end of their journey (they gave no e-mail or phone). */
        PRIVATE_CODE,
        /** Nothing we can check (for example a paper form or an advocate's entry): the page says who to ask. */
        NONE
    }
}
