package uk.coproduction.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.security.StaffAdministration;
import uk.coproduction.portal.security.StaffMember;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Administrators see every staff account, with its roles, team, organisation and last sign-in, and open one. */
@Route(value = "staff/accounts", layout = StaffLayout.class)
@Menu(title = "staff.accounts.nav", order = 630)
@RolesAllowed(Roles.ADMIN)
public class StaffAccountsView extends Div implements HasDynamicTitle {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    StaffAccountsView(StaffAdministration administration) {
        addClassNames("page", "page-wide", "staff-accounts");
        RouterLink add = new RouterLink(
                getTranslation("staff.accounts.add"),
                StaffAccountEditView.class,
                StaffAccountEditView.account(StaffAccountEditView.NEW));
        add(
                new H1(getTranslation("staff.accounts.title")),
                new Paragraph(getTranslation("staff.accounts.intro")),
                new Paragraph(add));

        NativeTable table = new NativeTable();
        table.addClassName("staff-accounts-table");
        table.setCaptionText(getTranslation("staff.accounts.caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String key :
                new String[] {"name", "username", "roles", "team", "organisation", "last-sign-in", "state", "action"}) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation("staff.accounts.column." + key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (StaffMember member : administration.members()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(member.displayName());
            name.getElement().setAttribute("scope", "row");
            RouterLink edit = new RouterLink(
                    getTranslation("staff.accounts.edit"),
                    StaffAccountEditView.class,
                    StaffAccountEditView.account(String.valueOf(member.id())));
            edit.getElement()
                    .setAttribute("aria-label", getTranslation("staff.accounts.edit-named", member.displayName()));
            row.add(
                    new NativeTableCell(member.username()),
                    new NativeTableCell(member.roles().stream()
                            .sorted()
                            .map(r -> getTranslation("role." + r))
                            .collect(Collectors.joining(", "))),
                    new NativeTableCell(
                            member.team() == null
                                    ? getTranslation("staff.accounts.none")
                                    : getTranslation("team." + member.team().name())),
                    new NativeTableCell(
                            member.organisationName() == null
                                    ? getTranslation("staff.accounts.none")
                                    : member.organisationName()),
                    new NativeTableCell(
                            member.lastSignedInAt() == null
                                    ? getTranslation("staff.accounts.never")
                                    : WHEN.format(member.lastSignedInAt())),
                    new NativeTableCell(state(member)),
                    new NativeTableCell(edit));
            if (!member.enabled()) {
                row.addClassName("staff-account-disabled");
            }
        }
        add(table);
    }

    private String state(StaffMember member) {
        if (!member.enabled()) {
            return getTranslation("staff.accounts.state.disabled");
        }
        return getTranslation(
                member.mustChangePassword() ? "staff.accounts.state.new-password" : "staff.accounts.state.enabled");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.accounts.page-title");
    }
}
