package uk.coproduction.portal.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.mail.OutboxAdministration;
import uk.coproduction.portal.mail.OutboxEntry;
import uk.coproduction.portal.mail.OutboxState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outbox for administrators: every e-mail and text message, waiting, sent, failed or withdrawn, with a retry for
 * failed ones. It never shows a message's body or a resident's address (decision 0030).
 */
@Route(value = "staff/outbox", layout = StaffLayout.class)
@Menu(title = "staff.outbox.nav", order = 680)
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends Div implements HasDynamicTitle {

    private final OutboxAdministration outbox;
    private final Select<OutboxState> stateFilter = new Select<>();
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Paragraph result = new Paragraph();
    private Map<OutboxState, Long> counts;

    OutboxView(OutboxAdministration outbox) {
        this.outbox = outbox;
        addClassName("page");

        counts = outbox.counts();
        List<OutboxState> choices = new ArrayList<>(List.of(OutboxState.values()));
        stateFilter.setLabel(getTranslation("staff.outbox.filter.state"));
        stateFilter.setItems(choices);
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("staff.outbox.filter.all"));
        stateFilter.setItemLabelGenerator(this::label);
        stateFilter.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> getTranslation("staff.outbox.state." + e.state().name()))
                .setHeader(getTranslation("staff.outbox.column.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("staff.outbox.kind." + e.kind().name()))
                .setHeader(getTranslation("staff.outbox.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.recipient() != null
                        ? e.recipient()
                        : getTranslation(
                                e.kind().toStaff()
                                        ? "staff.outbox.recipient.forgotten"
                                        : "staff.outbox.recipient.resident"))
                .setHeader(getTranslation("staff.outbox.column.recipient"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.subject() != null ? e.subject() : getTranslation("staff.outbox.subject.hidden"))
                .setHeader(getTranslation("staff.outbox.column.subject"))
                .setFlexGrow(1);
        grid.addColumn(e -> DisplayDates.dateTime(e.queuedAt(), getLocale()))
                .setHeader(getTranslation("staff.outbox.column.queued"))
                .setAutoWidth(true);
        grid.addColumn(this::when)
                .setHeader(getTranslation("staff.outbox.column.when"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts)
                .setHeader(getTranslation("staff.outbox.column.attempts"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("staff.outbox.column.error"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::retryButton)
                .setHeader(getTranslation("staff.outbox.column.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> outbox.messages(stateFilter.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) outbox.count(stateFilter.getValue()));
        grid.setHeight("60vh");
        grid.setAriaLabel(getTranslation("staff.outbox.grid"));

        result.getElement().setAttribute("role", "status");
        result.setId("outbox-result");
        add(
                new H1(getTranslation("staff.outbox.title")),
                new Paragraph(getTranslation("staff.outbox.intro")),
                stateFilter,
                count,
                result,
                grid);
        showCount();
    }

    private String label(OutboxState state) {
        return state == null
                ? getTranslation("staff.outbox.filter.all")
                : getTranslation("staff.outbox.state-count." + state.name(), counts.getOrDefault(state, 0L));
    }

    private String when(OutboxEntry e) {
        if (e.sentAt() != null) {
            return getTranslation("staff.outbox.when.sent", DisplayDates.dateTime(e.sentAt(), getLocale()));
        }
        if (e.givenUp()) {
            return getTranslation("staff.outbox.when.given-up");
        }
        if (e.nextAttemptAt() != null) {
            return getTranslation("staff.outbox.when.next", DisplayDates.dateTime(e.nextAttemptAt(), getLocale()));
        }
        return "";
    }

    private Component retryButton(OutboxEntry e) {
        if (!e.canRetry()) {
            return new Span();
        }
        Button retry = new Button(getTranslation("staff.outbox.retry"), click -> retry(e));
        retry.addThemeVariants(ButtonVariant.SMALL);
        retry.setAriaLabel(getTranslation("staff.outbox.retry.label", String.valueOf(e.id())));
        return retry;
    }

    private void retry(OutboxEntry e) {
        OutboxAdministration.RetryResult outcome = outbox.retry(e.id());
        result.setText(getTranslation("staff.outbox.retry." + outcome.name(), String.valueOf(e.id())));
        refresh();
    }

    private void refresh() {
        counts = outbox.counts();
        // Setting the generator again redraws the labels with the new counts; refreshing the items would clear the
        // chosen state.
        stateFilter.setItemLabelGenerator(this::label);
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("staff.outbox.count", outbox.count(stateFilter.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.outbox.page-title");
    }
}
