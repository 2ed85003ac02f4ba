package uk.coproduction.portal.services.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.services.AreaSummary;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.OrganisationEntry;
import uk.coproduction.portal.services.ServiceCategory;
import uk.coproduction.portal.services.ServiceForm;
import uk.coproduction.portal.services.ServiceRegister;
import uk.coproduction.portal.services.Team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An administrator adds a service to the register or edits one. A problem keeps the dialog open with everything typed
 * still in it, the message beside the field and in the summary at the top.
 */
class ServiceFormDialog extends Dialog {

    private final ServiceRegister register;
    private final String code;
    private final Runnable afterSave;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField searchTerms = new TextField();
    private final Select<Team> team = new Select<>();
    private final Select<ServiceCategory> category = new Select<>();
    private final TextField clientGroup = new TextField();
    private final Select<OrganisationEntry> commissioner = new Select<>();
    private final Checkbox joint = new Checkbox();
    private final CheckboxGroup<OrganisationEntry> partners = new CheckboxGroup<>();
    private final ComboBox<OrganisationEntry> provider = new ComboBox<>();
    private final CheckboxGroup<AreaSummary> areas = new CheckboxGroup<>();
    private final Select<CycleStage> cycleStage = new Select<>();
    private final ContractDateField contractStart = new ContractDateField();
    private final ContractDateField contractEnd = new ContractDateField();

    /** @param code null to add a new service */
    ServiceFormDialog(ServiceRegister register, List<AreaSummary> areaChoices, String code, Runnable afterSave) {
        this.register = register;
        this.code = code;
        this.afterSave = afterSave;
        ServiceForm current = code == null ? null : register.form(code).orElseThrow();
        List<OrganisationEntry> organisations = register.organisations();
        setHeaderTitle(getTranslation(
                code == null ? "workspace.register.add" : "workspace.register.edit.title",
                current == null ? "" : current.name()));
        addClassName("chain-dialog");

        name.setLabel(getTranslation("workspace.register.field.name"));
        name.setHelperText(getTranslation("workspace.register.field.name.helper"));
        description.setLabel(getTranslation("workspace.register.field.description"));
        description.setHelperText(getTranslation("workspace.register.field.description.helper"));
        searchTerms.setLabel(getTranslation("workspace.register.field.search-terms"));
        searchTerms.setHelperText(getTranslation("workspace.register.field.search-terms.helper"));
        team.setLabel(getTranslation("workspace.register.field.team"));
        team.setItems(Team.values());
        team.setItemLabelGenerator(t -> getTranslation("team." + t.name()));
        category.setLabel(getTranslation("workspace.register.field.category"));
        category.setHelperText(getTranslation("workspace.register.field.category.helper"));
        category.setItems(ServiceCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        clientGroup.setLabel(getTranslation("workspace.register.field.client-group"));
        clientGroup.setHelperText(getTranslation("workspace.register.field.client-group.helper"));
        List<OrganisationEntry> commissioning = organisations.stream()
                .filter(o -> o.kind().commissions() && (o.active() || chosen(current, o)))
                .toList();
        commissioner.setLabel(getTranslation("workspace.register.field.commissioner"));
        commissioner.setItems(commissioning);
        commissioner.setItemLabelGenerator(OrganisationEntry::name);
        joint.setLabel(getTranslation("workspace.register.field.joint"));
        joint.setHelperText(getTranslation("workspace.register.field.joint.helper"));
        partners.setLabel(getTranslation("workspace.register.field.partners"));
        partners.setHelperText(getTranslation("workspace.register.field.partners.helper"));
        partners.setItems(commissioning);
        partners.setItemLabelGenerator(OrganisationEntry::name);
        provider.setLabel(getTranslation("workspace.register.field.provider"));
        provider.setHelperText(getTranslation("workspace.register.field.provider.helper"));
        provider.setItems(organisations.stream()
                .filter(o -> o.active() || chosen(current, o))
                .toList());
        provider.setItemLabelGenerator(OrganisationEntry::name);
        provider.setClearButtonVisible(true);
        areas.setLabel(getTranslation("workspace.register.field.areas"));
        areas.setItems(areaChoices);
        areas.setItemLabelGenerator(AreaSummary::name);
        cycleStage.setLabel(getTranslation("workspace.register.field.stage"));
        cycleStage.setItems(CycleStage.values());
        cycleStage.setItemLabelGenerator(s -> getTranslation("workspace.stage." + s.name()));
        contractStart.setLabel(getTranslation("workspace.register.field.contract-start"));
        contractEnd.setLabel(getTranslation("workspace.register.field.contract-end"));
        contractStart.setHelperText(getTranslation("workspace.register.field.date.helper"));
        contractEnd.setHelperText(getTranslation("workspace.register.field.date.helper"));
        // Text fields only: Vaadin puts aria-required on a select's button and a checkbox group, where ARIA does not
        // allow it (axe aria-allowed-attr). Optional fields say "(optional)" in their labels instead.
        for (HasValue<?, ?> required : List.of(name, description, clientGroup)) {
            required.setRequiredIndicatorVisible(true);
        }
        name.setMaxLength(200);
        description.setMaxLength(1000);
        searchTerms.setMaxLength(500);
        clientGroup.setMaxLength(200);
        name.addClassName("wide-field");
        description.addClassName("wide-field");
        searchTerms.addClassName("wide-field");
        clientGroup.addClassName("wide-field");
        if (current != null) {
            fill(current, organisations, areaChoices);
        }
        Div form = new Div(
                errors,
                name,
                description,
                searchTerms,
                team,
                category,
                clientGroup,
                commissioner,
                joint,
                partners,
                provider,
                areas,
                cycleStage,
                contractStart,
                contractEnd);
        form.addClassName("register-form");
        add(form);

        Button save = new Button(
                getTranslation(code == null ? "workspace.register.add.save" : "workspace.register.edit.save"),
                e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("workspace.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private static boolean chosen(ServiceForm current, OrganisationEntry o) {
        return current != null
                && (Objects.equals(current.commissionerId(), o.id())
                        || Objects.equals(current.providerId(), o.id())
                        || current.partnerIds().contains(o.id()));
    }

    private void fill(ServiceForm current, List<OrganisationEntry> organisations, List<AreaSummary> areaChoices) {
        name.setValue(current.name());
        description.setValue(current.description());
        searchTerms.setValue(Objects.toString(current.searchTerms(), ""));
        team.setValue(current.team());
        category.setValue(current.category());
        clientGroup.setValue(current.clientGroup());
        organisations.stream()
                .filter(o -> o.id() == current.commissionerId())
                .findFirst()
                .ifPresent(commissioner::setValue);
        joint.setValue(current.jointlyCommissioned());
        partners.setValue(organisations.stream()
                .filter(o -> current.partnerIds().contains(o.id()))
                .collect(Collectors.toSet()));
        organisations.stream()
                .filter(o -> Objects.equals(o.id(), current.providerId()))
                .findFirst()
                .ifPresent(provider::setValue);
        areas.setValue(areaChoices.stream()
                .filter(a -> current.areaIds().contains(a.id()))
                .collect(Collectors.toSet()));
        cycleStage.setValue(current.cycleStage());
        contractStart.setValue(current.contractStart());
        contractEnd.setValue(current.contractEnd());
    }

    private void save() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("searchTerms", searchTerms);
        fields.put("team", team);
        fields.put("category", category);
        fields.put("clientGroup", clientGroup);
        fields.put("commissioner", commissioner);
        fields.put("partners", partners);
        fields.put("provider", provider);
        fields.put("areas", areas);
        fields.put("cycleStage", cycleStage);
        fields.put("contractStart", contractStart);
        fields.put("contractEnd", contractEnd);
        fields.values().forEach(f -> f.setInvalid(false));
        errors.clear();
        boolean unreadableDate = false;
        for (ContractDateField date : List.of(contractStart, contractEnd)) {
            if (date.unreadable()) {
                String text = getTranslation("workspace.register.error.date-unreadable");
                date.setErrorMessage(text);
                date.setInvalid(true);
                errors.add(text, date);
                unreadableDate = true;
            }
        }
        if (unreadableDate) {
            errors.show();
            return;
        }
        ServiceForm form = new ServiceForm(
                name.getValue(),
                description.getValue(),
                searchTerms.getValue(),
                team.getValue(),
                category.getValue(),
                clientGroup.getValue(),
                commissioner.getValue() == null ? null : commissioner.getValue().id(),
                partners.getValue().stream().map(OrganisationEntry::id).collect(Collectors.toSet()),
                joint.getValue(),
                provider.getValue() == null ? null : provider.getValue().id(),
                areas.getValue().stream().map(AreaSummary::id).collect(Collectors.toSet()),
                cycleStage.getValue(),
                contractStart.getValue(),
                contractEnd.getValue());
        String message;
        try {
            if (code == null) {
                register.add(form);
                message = getTranslation("workspace.register.added", form.name().strip());
            } else {
                register.edit(code, form);
                message = getTranslation("workspace.register.saved", form.name().strip());
            }
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                HasValidation field = fields.get(problem.field());
                String text = getTranslation(problem.messageKey());
                field.setErrorMessage(text);
                field.setInvalid(true);
                errors.add(text, (Component) field);
            }
            errors.show();
            return;
        }
        close();
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterSave.run();
    }
}
