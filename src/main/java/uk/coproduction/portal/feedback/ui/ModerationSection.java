package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.feedback.Moderation;
import uk.coproduction.portal.feedback.ModerationService;

/**
 * On the detail page: the person's original words, and a copy the commissioner edits (removing names, places,
 * dates and anything else that could identify someone) and marks usable as a quote, or withdraws.
 */
class ModerationSection extends Section {

    private final ModerationService moderation;
    private final TextArea copy = new TextArea();

    ModerationSection(ModerationService moderation, long feedbackId) {
        this.moderation = moderation;
        addClassNames("form-section", "triage-moderation");
        copy.setLabel(getTranslation("workspace.quote.copy.label"));
        copy.setHelperText(getTranslation("workspace.quote.copy.helper"));
        copy.setMaxLength(5000);
        copy.addClassName("wide-field");
        show(moderation.moderation(feedbackId));
    }

    private void show(Moderation state) {
        removeAll();
        add(new H2(getTranslation("workspace.quote.title")));
        if (state.originalWords() == null) {
            add(new Paragraph(getTranslation("workspace.quote.nothing")));
            return;
        }
        Paragraph original = new Paragraph(state.originalWords());
        original.addClassNames("their-words", "triage-original-words");
        add(new H3(getTranslation("workspace.quote.original")), original);

        Paragraph status = new Paragraph(state.usable()
                ? getTranslation("workspace.quote.usable", state.approvedBy(),
                DisplayDates.dateTime(state.approvedAt(), getLocale()))
                : getTranslation("workspace.quote.not-usable"));
        status.addClassName("triage-quote-status");
        add(status);

        copy.setValue(state.usable() ? state.quoteText() : state.originalWords());
        copy.setInvalid(false);
        Button suggest = new Button(getTranslation("workspace.quote.suggest"),
                e -> copy.setValue(moderation.suggestRedactions(copy.getValue())));
        Button approve = new Button(getTranslation(state.usable() ? "workspace.quote.save" : "workspace.quote.approve"),
                e -> approve(state.feedbackId()));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(suggest, approve);
        actions.addClassName("triage-quote-actions");
        if (state.usable()) {
            Button withdraw = new Button(getTranslation("workspace.quote.withdraw"),
                    e -> show(moderation.withdrawQuote(state.feedbackId())));
            withdraw.addThemeVariants(ButtonVariant.ERROR);
            actions.add(withdraw);
        }
        add(copy, actions);
    }

    private void approve(long feedbackId) {
        try {
            show(moderation.approveQuote(feedbackId, copy.getValue()));
        } catch (InvalidFeedbackException invalid) {
            copy.setErrorMessage(getTranslation(invalid.problems().getFirst().messageKey()));
            copy.setInvalid(true);
            copy.focus();
        }
    }
}
