package uk.coproduction.portal.plans.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.plans.ChangeSummary;

/**
 * One change made under a plan action, as staff see it: when, what, by whom, under which action, for which service,
 * the feedback that led to it, and whether it is on the public "You said, we did" page.
 */
public class ChangeCard extends Div {

    public ChangeCard(ChangeSummary change, boolean showAction) {
        addClassName("chain-change");
        Paragraph what = new Paragraph(getTranslation(
                "workspace.change.card.what",
                DisplayDates.date(change.changedOn(), getLocale()),
                change.whatChanged()));
        what.addClassName("chain-change-what");
        add(what);
        add(new Paragraph(getTranslation("workspace.change.card.done-by", change.doneBy())));
        if (showAction) {
            add(new Paragraph(getTranslation("workspace.change.card.action", change.actionLabel())));
        }
        if (change.serviceName() != null) {
            add(new Paragraph(getTranslation("workspace.change.card.service", change.serviceName())));
        }
        add(new Paragraph(
                change.feedbackReferences().isEmpty()
                        ? getTranslation("workspace.change.card.no-feedback")
                        : getTranslation(
                                "workspace.change.card.feedback", String.join(", ", change.feedbackReferences()))));
        if (change.easyRead() != null) {
            add(new Paragraph(getTranslation("workspace.change.card.easy-read", change.easyRead())));
        }
        Span published = new Span(getTranslation(
                change.published() ? "workspace.change.card.published" : "workspace.change.card.not-published"));
        published.addClassName(change.published() ? "chain-published" : "chain-not-published");
        add(new Paragraph(published));
    }
}
