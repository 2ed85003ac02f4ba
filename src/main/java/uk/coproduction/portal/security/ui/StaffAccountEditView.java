package uk.coproduction.portal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.audit.AuditEvent;
import uk.coproduction.portal.audit.AuditQuery;
import uk.coproduction.portal.audit.AuditSearch;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.security.OrganisationOption;
import uk.coproduction.portal.security.StaffAccountDetails;
import uk.coproduction.portal.security.StaffAdministration;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffMember;
import uk.coproduction.portal.services.Team;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adding a member of staff, or changing one: name, e-mail, roles, team and organisation; making them choose a new
 * password; disabling and re-enabling. A refused change keeps everything typed and says at each field how to fix it.
 */
@Route(value = "staff/accounts/:id", layout = StaffLayout.class)
@RolesAllowed(Roles.ADMIN)
public class StaffAccountEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The {@code :id} that opens an empty form for a new account. */
    static final String NEW = "new";

    /** "No team" in the team choice (a radio group cannot offer null). */
    private static final String NO_TEAM = "NONE";

    private static final int HISTORY_LINES = 50;

    private final StaffAdministration administration;
    private final StaffDirectory directory;
    private final AuthenticationContext authentication;
    private final AuditSearch auditSearch;
    private final List<OrganisationOption> organisationOptions;

    private final H1 title = new H1();
    private final Paragraph result = new Paragraph();
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final RadioButtonGroup<String> team = new RadioButtonGroup<>();
    private final ComboBox<OrganisationOption> organisation = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Checkbox mustChange = new Checkbox();
    private final Div accountSections = new Div();
    private final Section newForm = new Section();
    private final Map<String, Component> fields;
    /** The account shown; null on the page for a new account. */
    private @Nullable StaffMember editing;

    StaffAccountEditView(
            StaffAdministration administration,
            StaffDirectory directory,
            AuthenticationContext authentication,
            AuditSearch auditSearch) {
        this.administration = administration;
        this.auditSearch = auditSearch;
        this.directory = directory;
        this.authentication = authentication;
        this.organisationOptions = administration.organisations();
        addClassNames("page", "staff-account-edit");
        result.getElement().setAttribute("role", "status");
        result.addClassName("staff-account-result");

        username.setLabel(getTranslation("staff.accounts.field.username"));
        username.setHelperText(getTranslation("staff.accounts.field.username.helper"));
        username.setMaxLength(100);
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("staff.accounts.field.display-name"));
        displayName.setMaxLength(200);
        displayName.setRequiredIndicatorVisible(true);
        displayName.addClassName("wide-field");
        email.setLabel(getTranslation("staff.accounts.field.email"));
        email.setHelperText(getTranslation("staff.accounts.field.email.helper"));
        email.setMaxLength(254);
        email.addClassName("wide-field");
        roles.setLabel(getTranslation("staff.accounts.field.roles"));
        roles.setHelperText(getTranslation("staff.accounts.field.roles.helper"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        // No required indicator: it puts aria-required on a role=group element, which ARIA does not allow; the helper
        // text says at least one is needed.
        team.setLabel(getTranslation("staff.accounts.field.team"));
        team.setHelperText(getTranslation("staff.accounts.field.team.helper"));
        team.setItems(NO_TEAM, Team.CHILDRENS.name(), Team.LDA.name());
        team.setItemLabelGenerator(
                t -> NO_TEAM.equals(t) ? getTranslation("staff.accounts.no-team") : getTranslation("team." + t));
        team.setValue(NO_TEAM);
        organisation.setLabel(getTranslation("staff.accounts.field.organisation"));
        organisation.setHelperText(getTranslation("staff.accounts.field.organisation.helper"));
        organisation.setItems(organisationOptions);
        organisation.setItemLabelGenerator(OrganisationOption::name);
        organisation.setClearButtonVisible(true);
        organisation.addClassName("wide-field");
        password.setLabel(getTranslation("staff.accounts.field.password"));
        password.setHelperText(getTranslation("staff.accounts.field.password.helper"));
        password.setMaxLength(128);
        password.addClassName("wide-field");
        mustChange.setLabel(getTranslation("staff.accounts.field.must-change"));
        mustChange.setValue(true);
        fields = Map.of(
                "username",
                username,
                "displayName",
                displayName,
                "email",
                email,
                "roles",
                roles,
                "team",
                team,
                "organisation",
                organisation,
                "password",
                password);

        add(
                new Paragraph(new RouterLink(getTranslation("staff.accounts.back"), StaffAccountsView.class)),
                title,
                result,
                errors);
    }

    /** Where the account with this id (or {@link #NEW}) is opened. */
    static RouteParameters account(String id) {
        return new RouteParameters("id", id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (NEW.equals(id)) {
            showNew();
            return;
        }
        try {
            editing = administration.member(Long.parseLong(id));
            showExisting();
        } catch (IllegalArgumentException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private StaffMember editing() {
        if (editing == null) {
            throw new IllegalStateException("No account is open: the page for a new account has nothing to change yet");
        }
        return editing;
    }

    private void showNew() {
        title.setText(getTranslation("staff.accounts.new-title"));
        password.setRequiredIndicatorVisible(true);
        Button create = new Button(getTranslation("staff.accounts.create"), e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        newForm.add(username, displayName, email, roles, team, organisation, password, mustChange, new Div(create));
        newForm.addClassName("form-section");
        add(newForm);
    }

    private void showExisting() {
        title.setText(getTranslation("staff.accounts.edit-title", editing().displayName()));
        username.setValue(editing().username());
        username.setReadOnly(true);
        username.setHelperText(getTranslation("staff.accounts.field.username.fixed"));
        displayName.setValue(editing().displayName());
        email.setValue(editing().email() == null ? "" : editing().email());
        roles.setValue(new HashSet<>(editing().roles()));
        team.setValue(editing().team() == null ? NO_TEAM : editing().team().name());
        organisation.setValue(organisationOptions.stream()
                .filter(o -> editing().organisationId() != null
                        && o.id() == editing().organisationId())
                .findFirst()
                .orElse(null));
        Button save = new Button(getTranslation("staff.accounts.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(
                new H2(getTranslation("staff.accounts.details-title")),
                username,
                displayName,
                email,
                roles,
                team,
                organisation,
                new Div(save));
        form.addClassName("form-section");
        add(form, accountSections);
        showAccountSections();
    }

    /** Sign-in facts, password and access: rebuilt after each change so the buttons match the account's state. */
    private void showAccountSections() {
        accountSections.removeAll();
        Paragraph lastSignIn = new Paragraph(
                editing().lastSignedInAt() == null
                        ? getTranslation("staff.accounts.last-sign-in.never")
                        : getTranslation(
                                "staff.accounts.last-sign-in",
                                StaffAccountsView.WHEN.format(editing().lastSignedInAt())));

        password.setLabel(getTranslation("staff.accounts.field.temporary-password"));
        password.setHelperText(getTranslation("staff.accounts.field.temporary-password.helper"));
        Button reset = new Button(getTranslation("staff.accounts.require-new-password"), e -> requireNewPassword());
        Section passwordSection = new Section(
                new H2(getTranslation("staff.accounts.password-title")),
                new Paragraph(getTranslation(
                        editing().mustChangePassword()
                                ? "staff.accounts.password.pending"
                                : "staff.accounts.password.intro")),
                password,
                new Div(reset));
        passwordSection.addClassName("form-section");

        Button toggle = new Button(
                getTranslation(editing().enabled() ? "staff.accounts.disable" : "staff.accounts.enable"),
                e -> toggleAccess());
        if (editing().enabled()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        Section access = new Section(
                new H2(getTranslation("staff.accounts.access-title")),
                lastSignIn,
                new Paragraph(getTranslation(
                        editing().enabled() ? "staff.accounts.access.enabled" : "staff.accounts.access.disabled")),
                new Div(toggle));
        access.addClassName("form-section");
        accountSections.add(passwordSection, access, history());
    }

    /** What was done to this account, by whom and when: the audit log's lines about it, newest first. */
    private Section history() {
        List<AuditEvent> events = auditSearch.search(
                new AuditQuery(
                        null, null, "staff_account", String.valueOf(editing().id()), null, null),
                0,
                HISTORY_LINES);
        NativeTable table = new NativeTable();
        table.addClassName("staff-account-history");
        table.setCaptionText(
                getTranslation("staff.accounts.history.caption", editing().displayName()));
        NativeTableRow head = table.getHead().addRow();
        for (String column : new String[] {"when", "who", "what"}) {
            var cell = head.addHeaderCell();
            cell.setText(getTranslation("staff.accounts.history.column." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        for (AuditEvent event : events) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(StaffAccountsView.WHEN.format(event.occurredAt()));
            row.addDataCell().setText(event.actor());
            row.addDataCell().setText(event.details());
        }
        Section history = new Section(new H2(getTranslation("staff.accounts.history-title")), table);
        history.addClassName("form-section");
        return history;
    }

    private StaffAccountDetails details() {
        return new StaffAccountDetails(
                username.getValue(),
                displayName.getValue(),
                email.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                team.getValue() == null || NO_TEAM.equals(team.getValue()) ? null : Team.valueOf(team.getValue()),
                new HashSet<>(roles.getValue()));
    }

    private void create() {
        attempt(() -> administration.create(details(), password.getValue(), mustChange.getValue()), created -> {
            // The same page now shows the new account, as opening it from the list would.
            password.clear();
            remove(newForm);
            editing = created;
            showExisting();
            UI.getCurrent().getPage().getHistory().replaceState(null, "staff/accounts/" + created.id());
            return getTranslation("staff.accounts.created", created.displayName(), created.username());
        });
    }

    private void save() {
        boolean self = isMe();
        boolean rightsChange = !editing().roles().equals(roles.getValue())
                || !Objects.equals(editing().team(), details().team())
                || !Objects.equals(editing().organisationId(), details().organisationId());
        attempt(() -> administration.update(editing().id(), details()), changed -> {
            editing = changed;
            showAccountSections();
            if (self && rightsChange) {
                // Their session still carries the old rights: sign in again to get the new ones.
                authentication.logout();
            }
            return getTranslation("staff.accounts.saved", changed.displayName());
        });
    }

    private void requireNewPassword() {
        attempt(() -> administration.requirePasswordChange(editing().id(), password.getValue()), changed -> {
            editing = changed;
            password.clear();
            showAccountSections();
            return getTranslation("staff.accounts.password-required", changed.displayName());
        });
    }

    private void toggleAccess() {
        attempt(
                () -> editing().enabled()
                        ? administration.disable(editing().id())
                        : administration.enable(editing().id()),
                changed -> {
                    editing = changed;
                    showAccountSections();
                    return getTranslation(
                            changed.enabled() ? "staff.accounts.enabled" : "staff.accounts.disabled",
                            changed.displayName());
                });
    }

    private boolean isMe() {
        return directory.currentStaff().map(me -> me.id() == editing().id()).orElse(false);
    }

    private interface Change {
        StaffMember run();
    }

    private interface Outcome {
        String describe(StaffMember changed);
    }

    /** Runs a change; a refusal is shown at its fields and in the summary, and nothing typed is cleared. */
    private void attempt(Change change, Outcome outcome) {
        errors.clear();
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
        result.setText("");
        try {
            StaffMember changed = change.run();
            result.setText(outcome.describe(changed));
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                Component field =
                        Optional.ofNullable(fields.get(problem.field())).orElse(null);
                String message = getTranslation(problem.messageKey());
                if (field != null) {
                    ((HasValidation) field).setErrorMessage(message);
                    ((HasValidation) field).setInvalid(true);
                }
                errors.add(message, field == null ? title : field);
            }
            errors.show();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "staff.accounts.new-page-title" : "staff.accounts.edit-page-title");
    }
}
