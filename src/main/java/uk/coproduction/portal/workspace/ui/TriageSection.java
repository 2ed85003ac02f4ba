package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.feedback.FeedbackDetail;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.TriageState;

import java.util.function.Consumer;

/**
 * On the detail page: when to reply by (and whether that has passed), who owns the item, and moving its status
 * on — refused, with what to do first, when the claim has no evidence behind it.
 */
class TriageSection extends Section {

    private final FeedbackTriageService triage;
    private final Consumer<FeedbackDetail> onStatusChanged;
    private final Select<FeedbackStatus> nextStatus = new Select<>();
    private final TextArea closeReason = new TextArea();

    TriageSection(FeedbackTriageService triage, long feedbackId, Consumer<FeedbackDetail> onStatusChanged) {
        this.triage = triage;
        this.onStatusChanged = onStatusChanged;
        addClassNames("form-section", "triage-section");
        nextStatus.setLabel(getTranslation("workspace.triage.status.label"));
        nextStatus.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        closeReason.setLabel(getTranslation("workspace.triage.close-reason.label"));
        closeReason.setHelperText(getTranslation("workspace.triage.close-reason.helper"));
        closeReason.setMaxLength(1000);
        closeReason.addClassName("wide-field");
        show(triage.triageState(feedbackId));
    }

    private void show(TriageState state) {
        removeAll();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("summary-list");
        Div replyBy = new Div();
        replyBy.setText(
                state.replyBy() == null
                        ? getTranslation("detail.not-given")
                        : DisplayDates.date(
                                state.replyBy().atStartOfDay(DisplayDates.UK).toInstant(), getLocale()));
        if (state.overdue()) {
            Span badge = new Span(getTranslation("workspace.inbox.overdue"));
            badge.addClassNames("status-badge", "status-overdue", "triage-overdue-badge");
            replyBy.add(badge);
        }
        if (state.receivedLate()) {
            replyBy.add(ReceivedLate.badge(getTranslation("workspace.received-late")));
        }
        facts.add(
                new DescriptionList.Term(getTranslation("workspace.triage.reply-by")),
                new DescriptionList.Description(replyBy));
        String owner = state.owner() == null
                ? getTranslation("workspace.triage.owner.nobody")
                : state.ownedByMe() ? getTranslation("workspace.triage.owner.me", state.owner()) : state.owner();
        facts.add(
                new DescriptionList.Term(getTranslation("workspace.triage.owner")),
                new DescriptionList.Description(owner));
        add(new H2(getTranslation("workspace.triage.title")), facts);
        if (!state.ownedByMe()) {
            add(new Div(new Button(
                    getTranslation("workspace.triage.take"), e -> show(triage.takeOwnership(state.feedbackId())))));
        }
        if (!state.nextStatuses().isEmpty()) {
            nextStatus.setItems(state.nextStatuses());
            nextStatus.setHelperText(getTranslation("workspace.triage.status.helper"));
            nextStatus.setInvalid(false);
            Button change = new Button(getTranslation("workspace.triage.status.change"), e -> changeStatus(state));
            Div row = new Div(nextStatus, change);
            row.addClassName("field-with-action");
            add(row);
            if (state.closeNeedsReason() && state.nextStatuses().contains(FeedbackStatus.CLOSED)) {
                closeReason.setInvalid(false);
                add(closeReason);
            }
        }
    }

    private void changeStatus(TriageState state) {
        if (nextStatus.getValue() == null) {
            refuse("workspace.triage.error.status-required");
            return;
        }
        try {
            FeedbackDetail updated = nextStatus.getValue() == FeedbackStatus.CLOSED
                    ? triage.close(state.feedbackId(), closeReason.getValue())
                    : triage.changeStatus(state.feedbackId(), nextStatus.getValue());
            nextStatus.clear();
            closeReason.clear();
            onStatusChanged.accept(updated);
        } catch (InvalidInputException invalid) {
            InvalidInputException.Problem problem = invalid.problems().getFirst();
            if ("reason".equals(problem.field())) {
                // The status chosen and anything typed stay as they were.
                closeReason.setErrorMessage(getTranslation(problem.messageKey()));
                closeReason.setInvalid(true);
                closeReason.focus();
            } else {
                refuse(problem.messageKey());
            }
        }
    }

    private void refuse(String messageKey) {
        nextStatus.setErrorMessage(getTranslation(messageKey));
        nextStatus.setInvalid(true);
        nextStatus.focus();
    }
}
