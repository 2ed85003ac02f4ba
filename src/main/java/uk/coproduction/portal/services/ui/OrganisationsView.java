package uk.coproduction.portal.services.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.services.AreaSummary;
import uk.coproduction.portal.services.OrganisationEntry;
import uk.coproduction.portal.services.OrganisationKind;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceRegister;

import java.util.Map;

/** Administrators keep the organisations (commissioners, providers, partners) and the areas (decision 0029). */
@Route(value = "staff/admin/organisations", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
public class OrganisationsView extends Div implements HasDynamicTitle {

    private final ServiceRegister register;
    private final ServiceCatalogue catalogue;
    private final TextField newOrganisation = new TextField();
    private final Select<OrganisationKind> newKind = new Select<>();
    private final TextField newArea = new TextField();

    OrganisationsView(ServiceRegister register, ServiceCatalogue catalogue) {
        this.register = register;
        this.catalogue = catalogue;
        addClassNames("page", "page-wide");
        newOrganisation.setLabel(getTranslation("workspace.organisations.field.name"));
        newOrganisation.setMaxLength(200);
        newOrganisation.addClassName("wide-field");
        kindChoice(newKind);
        newArea.setLabel(getTranslation("workspace.areas.field.name"));
        newArea.setMaxLength(200);
        show();
    }

    private void show() {
        removeAll();
        add(
                new H1(getTranslation("workspace.organisations.title")),
                new Paragraph(getTranslation("workspace.organisations.intro")),
                new Paragraph(new RouterLink(getTranslation("workspace.register.title"), ServiceRegisterView.class)),
                organisations(),
                areas());
    }

    private Section organisations() {
        NativeTable table = table(
                "workspace.organisations.table",
                "workspace.organisations.column.name",
                "workspace.organisations.column.kind",
                "workspace.organisations.column.status",
                "workspace.register.column.change");
        for (OrganisationEntry organisation : register.organisations()) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, organisation.name());
            Button edit = new Button(
                    getTranslation("workspace.organisations.edit", organisation.name()),
                    e -> editOrganisation(organisation));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            row.add(
                    new NativeTableCell(getTranslation("workspace.organisations.kind."
                            + organisation.kind().name())),
                    new NativeTableCell(getTranslation(
                            organisation.active()
                                    ? "workspace.register.status.live"
                                    : "workspace.register.status.retired")),
                    new NativeTableCell(edit));
        }
        Button add = new Button(getTranslation("workspace.organisations.add"), e -> {
            try {
                register.addOrganisation(newOrganisation.getValue(), newKind.getValue());
            } catch (InvalidInputException invalid) {
                markInvalid(invalid, Map.of("name", newOrganisation, "kind", newKind));
                return;
            }
            String added = newOrganisation.getValue().strip();
            newOrganisation.clear();
            newKind.clear();
            saved(getTranslation("workspace.organisations.added", added));
        });
        Div form = new Div(newOrganisation, newKind, new Div(add));
        form.addClassName("form-section");
        return new Section(new H2(getTranslation("workspace.organisations.heading")), scroller(table), form);
    }

    private Section areas() {
        NativeTable table =
                table("workspace.areas.table", "workspace.areas.column.name", "workspace.register.column.change");
        for (AreaSummary area : catalogue.areas()) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, area.name());
            Button rename = new Button(getTranslation("workspace.areas.rename", area.name()), e -> renameArea(area));
            rename.addThemeVariants(ButtonVariant.TERTIARY);
            row.add(new NativeTableCell(rename));
        }
        Button add = new Button(getTranslation("workspace.areas.add"), e -> {
            try {
                register.addArea(newArea.getValue());
            } catch (InvalidInputException invalid) {
                markInvalid(invalid, Map.of("name", newArea));
                return;
            }
            String added = newArea.getValue().strip();
            newArea.clear();
            saved(getTranslation("workspace.areas.added", added));
        });
        Div form = new Div(newArea, new Div(add));
        form.addClassName("form-section");
        return new Section(new H2(getTranslation("workspace.areas.heading")), scroller(table), form);
    }

    private void editOrganisation(OrganisationEntry organisation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.organisations.edit", organisation.name()));
        TextField name = new TextField(getTranslation("workspace.organisations.field.name"));
        name.setValue(organisation.name());
        name.setMaxLength(200);
        name.addClassName("wide-field");
        Select<OrganisationKind> kind = new Select<>();
        kindChoice(kind);
        kind.setValue(organisation.kind());
        Checkbox retired =
                new Checkbox(getTranslation("workspace.organisations.field.retired"), !organisation.active());
        dialog.add(name, kind, retired);
        Button save = new Button(getTranslation("workspace.organisations.save"), e -> {
            try {
                register.editOrganisation(organisation.id(), name.getValue(), kind.getValue(), !retired.getValue());
            } catch (InvalidInputException invalid) {
                markInvalid(invalid, Map.of("name", name, "kind", kind));
                return;
            }
            dialog.close();
            saved(getTranslation(
                    "workspace.organisations.saved", name.getValue().strip()));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("workspace.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void renameArea(AreaSummary area) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.areas.rename", area.name()));
        TextField name = new TextField(getTranslation("workspace.areas.field.name"));
        name.setValue(area.name());
        name.setMaxLength(200);
        dialog.add(name);
        Button save = new Button(getTranslation("workspace.organisations.save"), e -> {
            try {
                register.renameArea(area.id(), name.getValue());
            } catch (InvalidInputException invalid) {
                markInvalid(invalid, Map.of("name", name));
                return;
            }
            dialog.close();
            saved(getTranslation("workspace.areas.saved", name.getValue().strip()));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("workspace.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void kindChoice(Select<OrganisationKind> kind) {
        kind.setLabel(getTranslation("workspace.organisations.field.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("workspace.organisations.kind." + k.name()));
    }

    /** Marks the fields; what was typed stays in them (nothing is redrawn). */
    private void markInvalid(InvalidInputException invalid, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        boolean focused = false;
        for (InvalidInputException.Problem problem : invalid.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                continue;
            }
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
            if (!focused && field instanceof Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
    }

    private void saved(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        show();
    }

    private NativeTable table(String captionKey, String... columnKeys) {
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation(captionKey));
        NativeTableRow head = table.getHead().addRow();
        for (String key : columnKeys) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        table.addClassNames("chain-table", "register-table");
        return table;
    }

    private static void rowHeader(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", "row");
        cell.setText(text);
    }

    private static Component scroller(NativeTable table) {
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        return scroller;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.organisations.page-title");
    }
}
