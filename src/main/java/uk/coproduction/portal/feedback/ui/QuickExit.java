package uk.coproduction.portal.feedback.ui;

/**
 * "Leave this site quickly" on the server's side (decision 0023): this browser session forgets the journey it was
 * on and the reference code it just sent, so that nothing brought back from the history can show them again. The
 * journey itself stays on the server under its return code, for the person to carry on when safe.
 */
public final class QuickExit {

    private QuickExit() {
    }

    public static void forgetTheJourney() {
        JourneySession.forgetOnThisDevice();
    }
}
