package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.feedback.Moderation;
import uk.coproduction.portal.feedback.ModerationService;
import uk.coproduction.portal.feedback.QuoteWords;

/**
 * On the detail page: the person's original words; the quote proposed or published from them, with who proposed
 * and who approved it; and an empty box for the words to quote. Nothing is copied into the box for the
 * commissioner: they choose the words, the service redacts them, and a second commissioner approves them.
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
        if (state.wordsAvailable() == QuoteWords.ADVOCATE_SUMMARY) {
            add(new Paragraph(getTranslation("workspace.quote.advocate-summary")));
        }

        add(status(state));
        Div quoteActions = new Div();
        quoteActions.addClassName("triage-quote-actions");
        if (state.quoteText() != null) {
            Paragraph quote = new Paragraph(state.quoteText());
            quote.addClassNames("their-words", "triage-quote-text");
            add(
                    new H3(getTranslation(
                            state.usable() ? "workspace.quote.published-words" : "workspace.quote.proposed-words")),
                    quote,
                    new Paragraph(getTranslation(
                            "workspace.quote.words." + state.words().name())));
            if (state.mayApprove()) {
                Button approve =
                        new Button(getTranslation("workspace.quote.approve"), e -> approve(state.feedbackId()));
                approve.addThemeVariants(ButtonVariant.PRIMARY);
                quoteActions.add(approve);
            }
            Button withdraw = new Button(
                    getTranslation("workspace.quote.withdraw"),
                    e -> show(moderation.withdrawQuote(state.feedbackId())));
            withdraw.addThemeVariants(ButtonVariant.ERROR);
            quoteActions.add(withdraw);
            add(quoteActions);
        }

        copy.setInvalid(false);
        Button suggest = new Button(
                getTranslation("workspace.quote.suggest"),
                e -> copy.setValue(moderation.suggestRedactions(copy.getValue())));
        Button propose = new Button(getTranslation("workspace.quote.propose"), e -> propose(state.feedbackId()));
        Div actions = new Div(suggest, propose);
        actions.addClassName("triage-quote-actions");
        add(
                new H3(getTranslation(state.quoteText() == null ? "workspace.quote.new" : "workspace.quote.replace")),
                copy,
                actions);
    }

    private Paragraph status(Moderation state) {
        String text;
        if (state.usable()) {
            text = getTranslation(
                    "workspace.quote.usable",
                    state.proposedBy(),
                    state.approvedBy(),
                    DisplayDates.dateTime(state.approvedAt(), getLocale()));
        } else if (state.awaitingApproval()) {
            text = getTranslation(
                    state.mayApprove() ? "workspace.quote.awaiting" : "workspace.quote.awaiting-yours",
                    state.proposedBy(),
                    DisplayDates.dateTime(state.proposedAt(), getLocale()));
        } else {
            text = getTranslation("workspace.quote.not-usable");
        }
        Paragraph status = new Paragraph(text);
        status.addClassName("triage-quote-status");
        status.getElement().setAttribute("role", "status");
        return status;
    }

    private void propose(long feedbackId) {
        try {
            Moderation proposed = moderation.proposeQuote(feedbackId, copy.getValue());
            copy.clear();
            show(proposed);
        } catch (InvalidInputException invalid) {
            refuse(invalid);
        }
    }

    private void approve(long feedbackId) {
        try {
            show(moderation.approveQuote(feedbackId));
        } catch (InvalidInputException invalid) {
            refuse(invalid);
        }
    }

    /** Says what to do; whatever is in the box stays there. */
    private void refuse(InvalidInputException invalid) {
        copy.setErrorMessage(getTranslation(invalid.problems().getFirst().messageKey()));
        copy.setInvalid(true);
        copy.focus();
    }
}
