package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.ChangeSummary;
import uk.coproduction.portal.plans.ObjectiveSummary;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.plans.ui.ChangeCard;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.workspace.FeedbackLinkService;
import uk.coproduction.portal.workspace.FeedbackLinks;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chain from this voice to a change, on the feedback's page: the services it is about, the plan actions and
 * objectives it informs, the changes recorded on those actions, and recording a new one.
 */
class LinksSection extends Section {

    private final FeedbackLinkService links;
    private final ChangeService changes;
    private final long feedbackId;
    private final Runnable onChange;

    private final ComboBox<ServiceSummary> mainService = new ComboBox<>();
    private final MultiSelectComboBox<ServiceSummary> otherServices = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ActionSummary> actions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ObjectiveSummary> objectives = new MultiSelectComboBox<>();

    /** @param onChange called after anything was saved, so the page can show the item's new status and history */
    LinksSection(
            FeedbackLinkService links, ChangeService changes, PlanService plans, long feedbackId, Runnable onChange) {
        this.links = links;
        this.changes = changes;
        this.feedbackId = feedbackId;
        this.onChange = onChange;
        addClassNames("form-section", "chain-links");
        FeedbackLinks current = links.links(feedbackId);
        List<ServiceSummary> serviceChoices = links.serviceChoices();
        List<ActionSummary> actionChoices = plans.actions();
        List<ObjectiveSummary> objectiveChoices = links.objectiveChoices();

        add(new H2(getTranslation("detail.linking")), new Paragraph(getTranslation("workspace.links.intro")));

        mainService.setLabel(getTranslation("detail.service.label"));
        mainService.setItems(ServiceSummary::matches, serviceChoices);
        mainService.setItemLabelGenerator(ServiceSummary::name);
        mainService.setValue(
                current.mainService() == null
                        ? null
                        : pick(
                                        serviceChoices,
                                        ServiceSummary::id,
                                        Set.of(current.mainService().id()))
                                .stream()
                                .findFirst()
                                .orElse(null));
        otherServices.setLabel(getTranslation("workspace.links.other-services"));
        otherServices.setItems((s, typed) -> s.matches(typed), serviceChoices);
        otherServices.setItemLabelGenerator(ServiceSummary::name);
        otherServices.setValue(pick(
                serviceChoices,
                ServiceSummary::id,
                current.otherServices().stream().map(ServiceSummary::id).collect(Collectors.toSet())));
        Button saveServices = new Button(getTranslation("workspace.links.save-services"), e -> saveServices());
        add(fieldsWithAction(saveServices, mainService, otherServices));

        actions.setLabel(getTranslation("detail.actions.label"));
        actions.setItems((action, typed) -> action.label().toLowerCase().contains(typed.toLowerCase()), actionChoices);
        actions.setItemLabelGenerator(ActionSummary::label);
        actions.setValue(pick(
                actionChoices,
                ActionSummary::id,
                current.actions().stream().map(ActionSummary::id).collect(Collectors.toSet())));
        add(fieldsWithAction(new Button(getTranslation("detail.actions.save"), e -> saveActions()), actions));
        if (!current.actions().isEmpty()) {
            UnorderedList linked = new UnorderedList();
            current.actions().forEach(a -> linked.add(new ListItem(a.label())));
            add(new Paragraph(getTranslation("detail.actions.linked")), linked);
        }

        if (objectiveChoices.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.links.no-objectives")));
        } else {
            objectives.setLabel(getTranslation("workspace.links.objectives"));
            objectives.setItems((o, typed) -> o.label().toLowerCase().contains(typed.toLowerCase()), objectiveChoices);
            objectives.setItemLabelGenerator(ObjectiveSummary::label);
            objectives.setValue(pick(
                    objectiveChoices,
                    ObjectiveSummary::id,
                    current.objectives().stream().map(ObjectiveSummary::id).collect(Collectors.toSet())));
            add(fieldsWithAction(
                    new Button(getTranslation("workspace.links.save-objectives"), e -> saveObjectives()), objectives));
        }

        add(changesMade(current, serviceChoices));
    }

    private Component changesMade(FeedbackLinks current, List<ServiceSummary> serviceChoices) {
        Div box = new Div(new H3(getTranslation("workspace.links.changes")));
        box.addClassName("chain-changes");
        if (current.changes().isEmpty()) {
            box.add(new Paragraph(getTranslation("workspace.links.no-changes")));
        }
        for (ChangeSummary change : current.changes()) {
            ChangeCard card = new ChangeCard(change, true);
            Button toggle = change.published()
                    ? new Button(getTranslation("workspace.change.unpublish"), e -> unpublish(change))
                    : new Button(
                            getTranslation("workspace.change.publish"),
                            e -> new PublishChangeDialog(changes, change, onChange).open());
            toggle.addThemeVariants(ButtonVariant.SMALL);
            card.add(new Div(toggle));
            box.add(card);
        }
        if (current.actions().isEmpty()) {
            box.add(new Paragraph(getTranslation("workspace.links.link-before-change")));
        } else {
            Button record = new Button(
                    getTranslation("workspace.change.record"),
                    e -> new RecordChangeDialog(
                                    changes,
                                    current.actions(),
                                    serviceChoices,
                                    current.mainService(),
                                    feedbackId,
                                    onChange)
                            .open());
            box.add(new Div(record));
        }
        return box;
    }

    private void saveServices() {
        clearErrors();
        try {
            links.linkServices(
                    feedbackId,
                    mainService.getValue() == null
                            ? null
                            : mainService.getValue().id(),
                    otherServices.getValue().stream().map(ServiceSummary::id).collect(Collectors.toSet()));
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
            return;
        }
        saved("workspace.links.services-saved");
    }

    private void saveActions() {
        clearErrors();
        try {
            links.linkActions(
                    feedbackId,
                    actions.getValue().stream().map(ActionSummary::id).collect(Collectors.toSet()));
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
            return;
        }
        saved("detail.actions.saved");
    }

    private void saveObjectives() {
        clearErrors();
        links.linkObjectives(
                feedbackId,
                objectives.getValue().stream().map(ObjectiveSummary::id).collect(Collectors.toSet()));
        saved("workspace.links.objectives-saved");
    }

    private void unpublish(ChangeSummary change) {
        try {
            changes.unpublish(change.id());
        } catch (AccessDeniedException notYours) {
            Notification.show(getTranslation("workspace.change.not-your-team"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        saved("workspace.change.unpublished");
    }

    private void clearErrors() {
        List.<HasValidation>of(mainService, otherServices, actions, objectives).forEach(f -> f.setInvalid(false));
    }

    private void showProblems(InvalidInputException invalid) {
        for (InvalidInputException.Problem problem : invalid.problems()) {
            HasValidation field = switch (problem.field()) {
                case "mainService" -> mainService;
                case "actions" -> actions;
                default -> otherServices;
            };
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
        }
    }

    private void saved(String messageKey) {
        Notification.show(getTranslation(messageKey), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        onChange.run();
    }

    private static Div fieldsWithAction(Button action, Component... fields) {
        Div row = new Div(fields);
        row.add(action);
        for (Component field : fields) {
            field.addClassName("wide-field");
        }
        row.addClassName("field-with-action");
        return row;
    }

    private static <T> Set<T> pick(List<T> choices, Function<T, Long> id, Set<Long> ids) {
        return choices.stream().filter(c -> ids.contains(id.apply(c))).collect(Collectors.toSet());
    }
}
