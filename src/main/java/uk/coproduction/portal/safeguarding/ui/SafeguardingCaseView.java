package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.safeguarding.SafeguardingActionKind;
import uk.coproduction.portal.safeguarding.SafeguardingCase;
import uk.coproduction.portal.safeguarding.SafeguardingService;

import java.util.function.Supplier;

/** One flagged item: what the person said, how to reach them, and what the lead has done about it. */
@Route(value = "staff/safeguarding/:id", layout = StaffLayout.class)
@RolesAllowed(Roles.SAFEGUARDING_LEAD)
public class SafeguardingCaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SafeguardingService safeguarding;
    private final ErrorSummary errors = new ErrorSummary();

    SafeguardingCaseView(SafeguardingService safeguarding) {
        this.safeguarding = safeguarding;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(safeguarding.open(
                    Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (IllegalArgumentException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(SafeguardingCase item) {
        removeAll();
        errors.clear();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("summary-list");
        fact(facts, "safeguarding.case.received", DisplayDates.dateTime(item.receivedAt(), getLocale()));
        String why = SafeguardingQueueView.why(this, item);
        fact(
                facts,
                "safeguarding.case.source",
                getTranslation(
                                item.source() == null
                                        ? "safeguarding.source.unknown"
                                        : "safeguarding.source." + item.source().name())
                        + (why == null ? "" : " " + why));
        fact(
                facts,
                "safeguarding.case.who",
                getTranslation("group." + item.respondentGroup().name()));
        fact(
                facts,
                "safeguarding.case.contact",
                switch (item.contact().method()) {
                    case EMAIL ->
                        getTranslation(
                                "safeguarding.contact.EMAIL", item.contact().email());
                    case PHONE ->
                        getTranslation(
                                "safeguarding.contact.PHONE", item.contact().phone());
                    case ADVOCATE ->
                        getTranslation(
                                "safeguarding.contact.ADVOCATE", item.contact().advocate());
                    case NONE -> getTranslation("safeguarding.contact.NONE");
                });
        fact(
                facts,
                "safeguarding.case.acknowledge-by",
                DisplayDates.dateTime(item.acknowledgeBy(), getLocale())
                        + (item.overdue(safeguarding.now())
                                ? " \u2013 " + getTranslation("safeguarding.case.overdue")
                                : ""));
        Paragraph words = new Paragraph(item.words() == null ? getTranslation("safeguarding.no-words") : item.words());
        words.addClassName("their-words");

        add(
                new RouterLink(getTranslation("safeguarding.case.back"), SafeguardingQueueView.class),
                new H1(getTranslation("safeguarding.case.title", item.referenceCode())),
                errors,
                facts,
                new Section(new H2(getTranslation("safeguarding.case.words")), words));
        if (item.stillFlagged()) {
            add(actions(item));
        }
        UnorderedList history = new UnorderedList();
        for (SafeguardingCase.Entry entry : item.history()) {
            history.add(new ListItem(getTranslation(
                            "safeguarding.case.history-entry",
                            DisplayDates.dateTime(entry.at(), getLocale()),
                            getTranslation("safeguarding.action." + entry.kind().name()),
                            entry.by())
                    + (entry.note() == null ? "" : ": " + entry.note())));
        }
        add(new Section(
                new H2(getTranslation("safeguarding.case.history")),
                item.history().isEmpty() ? new Paragraph(getTranslation("safeguarding.case.no-history")) : history));
    }

    private Section actions(SafeguardingCase item) {
        Section section = new Section(new H2(getTranslation("safeguarding.case.actions")));
        section.addClassName("form-section");
        if (!item.acknowledged()) {
            Button acknowledge = new Button(
                    getTranslation("safeguarding.case.acknowledge"),
                    e -> attempt(() -> safeguarding.acknowledge(item.id()), null));
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(new Div(acknowledge));
        }
        RadioButtonGroup<SafeguardingActionKind> outcome = new RadioButtonGroup<>();
        outcome.setLabel(getTranslation("safeguarding.case.outcome"));
        outcome.setItems(SafeguardingActionKind.OUTCOMES);
        outcome.setItemLabelGenerator(k -> getTranslation("safeguarding.action." + k.name()));
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextArea note = new TextArea(getTranslation("safeguarding.case.note"));
        note.setHelperText(getTranslation("safeguarding.case.note.helper"));
        note.setMaxLength(5000);
        note.addClassName("wide-field");
        Button record = new Button(
                getTranslation("safeguarding.case.record"),
                e -> attempt(() -> safeguarding.record(item.id(), outcome.getValue(), note.getValue()), note));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button giveBack = new Button(
                getTranslation("safeguarding.case.return"),
                e -> attempt(() -> safeguarding.returnToTriage(item.id(), note.getValue()), note));
        Div buttons = new Div(record, giveBack);
        buttons.addClassName("journey-actions");
        section.add(outcome, note, buttons);
        return section;
    }

    private void attempt(Supplier<SafeguardingCase> action, @Nullable TextArea note) {
        try {
            show(action.get());
        } catch (InvalidInputException invalid) {
            errors.clear();
            for (InvalidInputException.Problem problem : invalid.problems()) {
                String message = getTranslation(problem.messageKey());
                if (note != null && "note".equals(problem.field())) {
                    note.setErrorMessage(message);
                    note.setInvalid(true);
                    errors.add(message, note);
                } else {
                    errors.add(message, this);
                }
            }
            errors.show();
        }
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safeguarding.case.page-title");
    }
}
