package uk.coproduction.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.audit.AuditEvent;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.security.Roles;

/** The audit log for administrators: who did what, when, newest first. It can be searched, never changed. */
@Route(value = "staff/audit", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AuditView extends Div implements HasDynamicTitle {

    private final AuditSearch search;
    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final TextField objectType = new TextField();
    private final TextField objectId = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ErrorSummary errors = new ErrorSummary();
    private final Grid<AuditEvent> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private AuditQuery query = AuditQuery.ALL;

    AuditView(AuditSearch search) {
        this.search = search;
        addClassName("page");
        actor.setLabel(getTranslation("audit.filter.actor"));
        action.setLabel(getTranslation("audit.filter.action"));
        objectType.setLabel(getTranslation("audit.filter.object-type"));
        objectId.setLabel(getTranslation("audit.filter.object-id"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        Button searchButton = new Button(getTranslation("audit.search"), e -> searchAgain());
        searchButton.addThemeVariants(ButtonVariant.PRIMARY);
        Div filters = new Div(actor, action, objectType, objectId, from, to, searchButton);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");

        grid.addColumn(e -> DisplayDates.dateTime(e.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(e -> e.objectId() == null ? e.objectType() : e.objectType() + " " + e.objectId())
                .setHeader(getTranslation("audit.column.object")).setAutoWidth(true);
        grid.addColumn(e -> e.details() == null ? "" : e.details())
                .setHeader(getTranslation("audit.column.details")).setFlexGrow(1);
        grid.setItems(q -> search.search(query, q.getOffset(), q.getLimit()).stream(), q -> (int) search.count(query));
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");

        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), errors, filters,
                count, grid);
        showCount();
    }

    private void searchAgain() {
        errors.clear();
        to.setInvalid(false);
        AuditQuery wanted = new AuditQuery(actor.getValue(), action.getValue(), objectType.getValue(),
                objectId.getValue(), from.getValue(), to.getValue());
        try {
            search.count(wanted);
        } catch (InvalidFeedbackException invalid) {
            String message = getTranslation(invalid.problems().getFirst().messageKey());
            to.setErrorMessage(message);
            to.setInvalid(true);
            errors.add(message, to);
            errors.show();
            return;
        }
        query = wanted;
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("audit.count", search.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
