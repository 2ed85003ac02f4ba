package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.Component;

/**
 * What the thank-you page offers next, from a feature above feedback in the module map (the optional equality
 * questions of representation), so the journey need not know that feature (decision 0043).
 */
public interface AfterFeedbackSent {

    /** The offer for the feedback just sent, shown at the end of the thank-you page. */
    Component offer(String referenceCode);
}
