package uk.coproduction.portal.representation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import uk.coproduction.portal.feedback.ui.AfterFeedbackSent;

/** The equality questions offered at the end of the feedback journey's thank-you page. */
@SpringComponent
class EqualityOffer implements AfterFeedbackSent {

    @Override
    public Component offer(String referenceCode) {
        return new EqualityInvitation(referenceCode);
    }
}
