package uk.coproduction.portal.advocacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.advocacy.AdvocateAccount;
import uk.coproduction.portal.advocacy.AdvocateAccounts;
import uk.coproduction.portal.advocacy.NewAdvocate;
import uk.coproduction.portal.advocacy.OrganisationChoice;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;

import java.util.List;
import java.util.Map;

/** Administrators create advocate accounts and deactivate or reactivate them. */
@Route(value = "staff/advocates", layout = StaffLayout.class)
@Menu(title = "nav.workspace.advocates", order = 620)
@RolesAllowed(Roles.ADMIN)
public class AdvocatesAdminView extends Div implements HasDynamicTitle {

    private final AdvocateAccounts accounts;

    private final Div list = new Div();
    private final Paragraph result = new Paragraph();
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<OrganisationChoice> organisation = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Map<String, Component> fields = Map.of(
            "username", username, "displayName", displayName, "organisation", organisation, "password", password);

    AdvocatesAdminView(AdvocateAccounts accounts) {
        this.accounts = accounts;
        addClassNames("page", "page-wide", "advocacy-admin");

        result.getElement().setAttribute("role", "status");
        result.addClassName("advocacy-result");

        username.setLabel(getTranslation("advocacy.admin.username"));
        username.setHelperText(getTranslation("advocacy.admin.username.helper"));
        username.setMaxLength(100);
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("advocacy.admin.display-name"));
        displayName.setMaxLength(200);
        displayName.setRequiredIndicatorVisible(true);
        displayName.addClassName("wide-field");
        organisation.setLabel(getTranslation("advocacy.admin.organisation"));
        organisation.setItems(accounts.organisations());
        organisation.setItemLabelGenerator(o -> getTranslation(
                "advocacy.admin.organisation.item",
                o.name(),
                getTranslation("advocacy.organisation-kind." + o.kind())));
        organisation.setRequiredIndicatorVisible(true);
        organisation.addClassName("wide-field");
        password.setLabel(getTranslation("advocacy.admin.password"));
        password.setHelperText(getTranslation("advocacy.admin.password.helper"));
        password.setRequiredIndicatorVisible(true);
        password.setMaxLength(128);
        password.addClassName("wide-field");
        Button create = new Button(getTranslation("advocacy.admin.create"), e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);

        Section adding = new Section(
                new H2(getTranslation("advocacy.admin.create-title")),
                errors,
                username,
                displayName,
                organisation,
                password,
                new Div(create));
        adding.addClassNames("form-section", "advocacy-form");
        add(
                new H1(getTranslation("advocacy.admin.title")),
                new Paragraph(getTranslation("advocacy.admin.intro")),
                result,
                list,
                adding);
        reload();
    }

    private void reload() {
        list.removeAll();
        List<AdvocateAccount> advocates = accounts.advocates();
        if (advocates.isEmpty()) {
            list.add(new Paragraph(getTranslation("advocacy.admin.none")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("advocacy-table");
        table.setCaptionText(getTranslation("advocacy.admin.caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "advocacy.admin.column.name",
            "advocacy.admin.column.username",
            "advocacy.admin.column.organisation",
            "advocacy.admin.column.state",
            "advocacy.admin.column.action"
        }) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (AdvocateAccount advocate : advocates) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(advocate.displayName());
            name.getElement().setAttribute("scope", "row");
            Button toggle = new Button(
                    getTranslation(advocate.active() ? "advocacy.admin.deactivate" : "advocacy.admin.reactivate"),
                    e -> toggle(advocate));
            toggle.setAriaLabel(getTranslation(
                    advocate.active() ? "advocacy.admin.deactivate-named" : "advocacy.admin.reactivate-named",
                    advocate.displayName()));
            row.add(
                    new NativeTableCell(advocate.username()),
                    new NativeTableCell(
                            advocate.organisationName() == null
                                    ? getTranslation("advocacy.admin.no-organisation")
                                    : advocate.organisationName()),
                    new NativeTableCell(
                            getTranslation(advocate.active() ? "advocacy.admin.active" : "advocacy.admin.inactive")),
                    new NativeTableCell(toggle));
        }
        list.add(table);
    }

    private void toggle(AdvocateAccount advocate) {
        AdvocateAccount changed =
                advocate.active() ? accounts.deactivate(advocate.id()) : accounts.reactivate(advocate.id());
        result.setText(getTranslation(
                changed.active() ? "advocacy.admin.reactivated" : "advocacy.admin.deactivated", changed.displayName()));
        reload();
    }

    private void create() {
        errors.clear();
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
        try {
            AdvocateAccount created = accounts.create(new NewAdvocate(
                    username.getValue(),
                    displayName.getValue(),
                    organisation.getValue() == null
                            ? null
                            : organisation.getValue().id(),
                    password.getValue()));
            result.setText(getTranslation("advocacy.admin.created", created.displayName(), created.username()));
            username.clear();
            displayName.clear();
            organisation.clear();
            password.clear();
            reload();
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                Component field = fields.getOrDefault(problem.field(), username);
                String message = getTranslation(problem.messageKey());
                ((HasValidation) field).setErrorMessage(message);
                ((HasValidation) field).setInvalid(true);
                errors.add(message, field);
            }
            errors.show();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("advocacy.admin.page-title");
    }
}
