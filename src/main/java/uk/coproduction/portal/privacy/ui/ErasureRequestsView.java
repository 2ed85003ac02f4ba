package uk.coproduction.portal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.privacy.ErasureRequestItem;
import uk.coproduction.portal.privacy.MyDataService;
import uk.coproduction.portal.security.Roles;

/** Requests from people to delete their feedback: an admin carries each out or refuses it, saying why. */
@Route(value = "staff/erasure-requests", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ErasureRequestsView extends Div implements HasDynamicTitle {

    private final MyDataService myData;
    private final Div list = new Div();
    private final Paragraph done = new Paragraph();

    ErasureRequestsView(MyDataService myData) {
        this.myData = myData;
        addClassName("page");
        done.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("audit.erasure.title")), new Paragraph(getTranslation("audit.erasure.intro")),
                done, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var waiting = myData.waitingRequests();
        if (waiting.isEmpty()) {
            list.add(new Paragraph(getTranslation("audit.erasure.none")));
        }
        waiting.forEach(request -> list.add(requestCard(request)));
    }

    private Section requestCard(ErasureRequestItem request) {
        Section card = new Section(new H2(getTranslation("audit.erasure.request", request.referenceCode())),
                new Paragraph(getTranslation("audit.erasure.asked-on",
                        DisplayDates.dateTime(request.requestedAt(), getLocale()))));
        card.addClassName("privacy-erasure-request");
        TextArea reason = new TextArea(getTranslation("audit.erasure.reason"));
        reason.setMaxLength(1000);
        Button carryOut = new Button(getTranslation("audit.erasure.carry-out", request.referenceCode()), e -> {
            myData.carryOut(request.id());
            done.setText(getTranslation("audit.erasure.carried-out", request.referenceCode()));
            refresh();
        });
        carryOut.addThemeVariants(ButtonVariant.ERROR);
        Button refuse = new Button(getTranslation("audit.erasure.refuse", request.referenceCode()), e -> {
            try {
                myData.refuse(request.id(), reason.getValue());
                done.setText(getTranslation("audit.erasure.refused", request.referenceCode()));
                refresh();
            } catch (InvalidFeedbackException problem) {
                reason.setErrorMessage(getTranslation(problem.problems().getFirst().messageKey()));
                reason.setInvalid(true);
                reason.focus();
            }
        });
        card.add(carryOut, reason, refuse);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.erasure.page-title");
    }
}
