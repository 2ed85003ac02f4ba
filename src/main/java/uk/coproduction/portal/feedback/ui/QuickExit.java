package uk.coproduction.portal.feedback.ui;

import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.ui.LeavingQuickly;

/**
 * "Leave this site quickly" on the server's side (decision 0023): this browser session forgets the journey it was
 * on and the reference code it just sent, so that nothing brought back from the history can show them again. The
 * journey itself stays on the server under its return code, for the person to carry on when safe.
 */
@Component
class QuickExit implements LeavingQuickly {

    @Override
    public void forgetOnThisDevice() {
        JourneySession.forgetOnThisDevice();
    }
}
