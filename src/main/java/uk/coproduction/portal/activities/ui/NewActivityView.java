package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.activities.ActivityChoices;
import uk.coproduction.portal.activities.ActivityKind;
import uk.coproduction.portal.activities.ActivityService;
import uk.coproduction.portal.activities.NewActivity;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Recording an activity: what it was, when, what it concerns, who took part (counts) and how it was run.
 * On a mistake every field keeps what was typed; the problems are shown at each field and in a summary.
 */
@Route(value = "staff/activities/new", layout = StaffLayout.class)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADVOCATE})
public class NewActivityView extends Div implements HasDynamicTitle {

    private final ActivityService activities;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField title = new TextField();
    private final RadioButtonGroup<ActivityKind> kind = new RadioButtonGroup<>();
    private final DatePicker heldOn = new DatePicker();
    private final ComboBox<ServiceSummary> mainService = new ComboBox<>();
    private final MultiSelectComboBox<ServiceSummary> otherServices = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ActivityChoices.PlanChoice> plans = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ActionSummary> actions = new MultiSelectComboBox<>();
    private final RadioButtonGroup<CycleStage> stage = new RadioButtonGroup<>();
    private final ParticipantCounts participants = new ParticipantCounts();
    private final Checkbox accessibleVenue = new Checkbox();
    private final Checkbox accessibleMaterials = new Checkbox();
    private final Checkbox communicationSupport = new Checkbox();
    private final TextArea howRunNote = new TextArea();

    NewActivityView(ActivityService activities) {
        this.activities = activities;
        addClassNames("page", "page-wide", "activity-form");
        ActivityChoices choices = activities.choices();

        title.setLabel(getTranslation("activity.field.title"));
        title.setHelperText(getTranslation("activity.field.title.helper"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("activity.field.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("activity.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        heldOn.setLabel(getTranslation("activity.field.date"));
        heldOn.setHelperText(getTranslation("activity.field.date.helper"));
        heldOn.setLocale(Locale.UK);
        heldOn.setRequiredIndicatorVisible(true);
        mainService.setLabel(getTranslation("activity.field.main-service"));
        mainService.setHelperText(getTranslation("activity.field.main-service.helper"));
        mainService.setItems(ServiceSummary::matches, choices.services());
        mainService.setItemLabelGenerator(ServiceSummary::name);
        mainService.setRequiredIndicatorVisible(true);
        otherServices.setLabel(getTranslation("activity.field.other-services"));
        otherServices.setItems(choices.services());
        otherServices.setItemLabelGenerator(ServiceSummary::name);
        plans.setLabel(getTranslation("activity.field.plans"));
        plans.setItems(choices.plans());
        plans.setItemLabelGenerator(ActivityChoices.PlanChoice::title);
        actions.setLabel(getTranslation("activity.field.actions"));
        actions.setItems(choices.actions());
        actions.setItemLabelGenerator(ActionSummary::label);
        stage.setLabel(getTranslation("activity.field.stage"));
        stage.setHelperText(getTranslation("activity.field.stage.helper"));
        stage.setItems(CycleStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("workspace.stage." + s.name()));
        stage.setRequiredIndicatorVisible(true);
        for (Component field : new Component[] {title, mainService, otherServices, plans, actions, howRunNote}) {
            field.addClassName("wide-field");
        }

        accessibleVenue.setLabel(getTranslation("activity.field.accessible-venue"));
        accessibleMaterials.setLabel(getTranslation("activity.field.accessible-materials"));
        communicationSupport.setLabel(getTranslation("activity.field.communication-support"));
        howRunNote.setLabel(getTranslation("activity.field.how-run-note"));
        howRunNote.setHelperText(getTranslation("activity.field.how-run-note.helper"));
        howRunNote.setMaxLength(2000);
        FieldSet howRun = new FieldSet(
                getTranslation("activity.field.how-run"),
                new Div(accessibleVenue, accessibleMaterials, communicationSupport, howRunNote));
        howRun.addClassName("activity-how-run");

        Button save = new Button(getTranslation("activity.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        RouterLink cancel = new RouterLink(getTranslation("activity.form.cancel"), ActivitiesView.class);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("activity-buttons");

        add(
                new H1(getTranslation("activity.form.title")),
                new Paragraph(getTranslation("activity.form.intro")),
                errors,
                title,
                kind,
                heldOn,
                mainService,
                otherServices,
                plans,
                actions,
                stage,
                participants,
                howRun,
                buttons);
    }

    private void save() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kind", kind);
        fields.put("heldOn", heldOn);
        fields.put("mainService", mainService);
        fields.put("otherServices", otherServices);
        fields.put("plans", plans);
        fields.put("actions", actions);
        fields.put("stage", stage);
        fields.put("howRunNote", howRunNote);
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
        participants.clearInvalid();
        errors.clear();
        long id;
        try {
            id = activities.record(new NewActivity(
                    title.getValue(),
                    kind.getValue(),
                    heldOn.getValue(),
                    mainService.getValue() == null
                            ? null
                            : mainService.getValue().id(),
                    otherServices.getValue().stream().map(ServiceSummary::id).collect(Collectors.toSet()),
                    plans.getValue().stream()
                            .map(ActivityChoices.PlanChoice::id)
                            .collect(Collectors.toSet()),
                    actions.getValue().stream().map(ActionSummary::id).collect(Collectors.toSet()),
                    stage.getValue(),
                    participants.counts(),
                    accessibleVenue.getValue(),
                    accessibleMaterials.getValue(),
                    communicationSupport.getValue(),
                    howRunNote.getValue()));
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                String message = getTranslation(problem.messageKey());
                if ("participants".equals(problem.field())) {
                    participants.markInvalid(message);
                    errors.add(message, participants.first());
                    continue;
                }
                Component field = fields.getOrDefault(problem.field(), title);
                ((HasValidation) field).setErrorMessage(message);
                ((HasValidation) field).setInvalid(true);
                errors.add(message, field);
            }
            errors.show();
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ActivityView.class, new RouteParameters("id", String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.form.page-title");
    }
}
