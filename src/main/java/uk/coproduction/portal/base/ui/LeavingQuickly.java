package uk.coproduction.portal.base.ui;

/**
 * What a feature makes this browser session forget when the person chooses "Leave this site quickly" (decision
 * 0023). The public layout calls every one; the features provide them, so the layout need not know them.
 */
public interface LeavingQuickly {

    void forgetOnThisDevice();
}
