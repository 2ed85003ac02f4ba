package uk.coproduction.portal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.privacy.ErasureRequestItem;
import uk.coproduction.portal.privacy.MyDataService;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Requests from people to delete their feedback. Most are carried out at once by the person's own confirmation
 * (decision 0040); those that wait for a check (a safeguarding record) an admin carries out or refuses, saying why.
 * Every request is listed with its outcome: asked when, deleted when and by whom, what was removed, or why refused.
 */
@Route(value = "staff/erasure-requests", layout = StaffLayout.class)
@Menu(title = "nav.workspace.erasure", order = 650)
@RolesAllowed(Roles.ADMIN)
public class ErasureRequestsView extends Div implements HasDynamicTitle {

    private final MyDataService myData;
    private final Div waitingList = new Div();
    private final Grid<ErasureRequestItem> all = new Grid<>();
    private final Paragraph done = new Paragraph();

    ErasureRequestsView(MyDataService myData) {
        this.myData = myData;
        addClassNames("page", "page-wide");
        done.getElement().setAttribute("role", "status");
        all.addColumn(ErasureRequestItem::referenceCode)
                .setHeader(getTranslation("audit.erasure.column.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        all.addColumn(r -> DisplayDates.dateTime(r.requestedAt(), getLocale()))
                .setHeader(getTranslation("audit.erasure.column.requested"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        all.addColumn(this::outcome)
                .setHeader(getTranslation("audit.erasure.column.outcome"))
                .setFlexGrow(1);
        all.addColumn(this::removed)
                .setHeader(getTranslation("audit.erasure.column.removed"))
                .setFlexGrow(1);
        all.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        all.setAllRowsVisible(true);
        all.setAriaLabel(getTranslation("audit.erasure.all-title"));
        add(
                new H1(getTranslation("audit.erasure.title")),
                new Paragraph(getTranslation("audit.erasure.intro")),
                done,
                new H2(getTranslation("audit.erasure.waiting-title")),
                waitingList,
                new H2(getTranslation("audit.erasure.all-title")),
                all);
        refresh();
    }

    private void refresh() {
        waitingList.removeAll();
        var waiting = myData.waitingRequests();
        if (waiting.isEmpty()) {
            waitingList.add(new Paragraph(getTranslation("audit.erasure.none")));
        }
        waiting.forEach(request -> waitingList.add(requestCard(request)));
        List<ErasureRequestItem> every = myData.erasureRequests();
        all.setItems(every);
        all.setVisible(!every.isEmpty());
    }

    /** A decided request (carried out or refused) has its decision's time: both are written together. */
    private static Instant decidedAt(ErasureRequestItem request) {
        return Objects.requireNonNull(request.decidedAt(), "a decided erasure request has decided_at");
    }

    /** Deleted (when, by whom), waiting, or refused (when, why). */
    private String outcome(ErasureRequestItem request) {
        return switch (request.status()) {
            case "CARRIED_OUT" ->
                getTranslation(
                        AuditLog.RESIDENT.equals(request.decidedBy())
                                ? "audit.erasure.outcome.erased-by-person"
                                : "audit.erasure.outcome.erased-by-admin",
                        DisplayDates.dateTime(decidedAt(request), getLocale()),
                        request.decidedBy());
            case "REFUSED" ->
                getTranslation(
                        "audit.erasure.outcome.refused",
                        DisplayDates.dateTime(decidedAt(request), getLocale()),
                        request.decidedBy(),
                        request.refusedWhy());
            default -> getTranslation("audit.erasure.outcome.waiting");
        };
    }

    private String removed(ErasureRequestItem request) {
        return request.removed().isEmpty()
                ? getTranslation("audit.erasure.removed.nothing")
                : request.removed().stream()
                        .map(part -> getTranslation("audit.erasure.part." + part.name()))
                        .collect(Collectors.joining(", "));
    }

    private Section requestCard(ErasureRequestItem request) {
        Section card = new Section(
                new H3(getTranslation("audit.erasure.request", request.referenceCode())),
                new Paragraph(getTranslation(
                        "audit.erasure.asked-on", DisplayDates.dateTime(request.requestedAt(), getLocale()))));
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
            } catch (InvalidInputException problem) {
                reason.setErrorMessage(
                        getTranslation(problem.problems().getFirst().messageKey()));
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
