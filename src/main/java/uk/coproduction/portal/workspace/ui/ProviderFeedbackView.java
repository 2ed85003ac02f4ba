package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.ProviderFeedbackItem;
import uk.coproduction.portal.feedback.ProviderFeedbackService;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Provider staff: the moderated copy of feedback about their organisation's services, and a way to draft a reply
 * that a commissioner approves before the person sees it (decision 0009).
 */
@Route(value = "staff/provider", layout = StaffLayout.class)
@Menu(title = "nav.provider.feedback", order = 800)
@RolesAllowed(Roles.PROVIDER)
public class ProviderFeedbackView extends Div implements HasDynamicTitle {

    private final ProviderFeedbackService provider;

    ProviderFeedbackView(ProviderFeedbackService provider) {
        this.provider = provider;
        addClassNames("page", "provider-page");
        add(new H1(getTranslation("provider.title")), new Paragraph(getTranslation("provider.intro")));
        List<ProviderFeedbackItem> items = provider.moderatedFeedback();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("provider.none")));
            return;
        }
        items.forEach(item -> add(card(item)));
    }

    private Component card(ProviderFeedbackItem item) {
        Article card = new Article();
        card.addClassName("provider-item");
        String month = item.month().format(DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()));
        card.add(new H2(getTranslation("provider.item.heading", item.serviceName(), month)));
        Paragraph words = new Paragraph(item.moderatedWords());
        words.addClassName("provider-words");
        card.add(words);
        Paragraph state = new Paragraph();
        state.addClassName("provider-state");
        if (item.draftWaiting()) {
            state.setText(getTranslation("provider.item.draft-waiting"));
            card.add(state);
            return card;
        }
        if (item.replied()) {
            state.setText(getTranslation("provider.item.replied"));
            card.add(state);
        }
        Button draft = new Button(getTranslation("provider.item.draft", item.serviceName(), month));
        draft.addClickListener(e -> {
            draft.setVisible(false);
            card.add(form(item, card, state));
        });
        card.add(draft);
        return card;
    }

    private Component form(ProviderFeedbackItem item, Article card, Paragraph state) {
        Div form = new Div();
        form.addClassName("provider-form");
        ErrorSummary errors = new ErrorSummary();
        TextArea body = new TextArea(getTranslation("provider.form.reply"));
        body.setHelperText(getTranslation("provider.form.reply.help"));
        body.setWidthFull();
        TextArea easyRead = new TextArea(
                getTranslation(item.needsEasyRead() ? "provider.form.easy-read.required" : "provider.form.easy-read"));
        easyRead.setHelperText(getTranslation("provider.form.easy-read.help"));
        easyRead.setWidthFull();
        Button send = new Button(getTranslation("provider.form.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            errors.clear();
            body.setInvalid(false);
            easyRead.setInvalid(false);
            try {
                provider.draftReply(item.feedbackId(), body.getValue(), easyRead.getValue());
            } catch (InvalidInputException invalid) {
                for (InvalidInputException.Problem problem : invalid.problems()) {
                    TextArea field = "easyReadReply".equals(problem.field()) ? easyRead : body;
                    String message = getTranslation(problem.messageKey());
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                    errors.add(message, field);
                }
                errors.show();
                return;
            }
            card.remove(form);
            state.setText(getTranslation("provider.item.draft-waiting"));
            if (state.getParent().isEmpty()) {
                card.add(state);
            }
            Notification.show(getTranslation("provider.form.sent"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        });
        form.add(errors, body, easyRead, send);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provider.page-title");
    }
}
