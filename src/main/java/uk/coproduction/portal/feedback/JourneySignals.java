package uk.coproduction.portal.feedback;

import java.time.Duration;

/**
 * What the page saw of how a journey was made, for holding what looks sent by a program (decision 0026).
 *
 * @param honeypotFilled the hidden field only programs fill in was filled in
 * @param timeTaken      from opening the journey to sending it; null when not known
 */
public record JourneySignals(boolean honeypotFilled, Duration timeTaken) {

    /** Nothing seen (staff entering paper forms, imports). */
    public static final JourneySignals NONE = new JourneySignals(false, null);
}
