package uk.coproduction.portal.services.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.services.RegisterEntry;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceRegister;

import java.time.LocalDate;

/**
 * The services register for administrators: every service, retired ones too, with its commissioners, provider,
 * commissioning-cycle stage and contract dates; add, edit, retire and reinstate (decision 0029).
 */
@Route(value = "staff/admin/services", layout = StaffLayout.class)
@Menu(title = "workspace.register.nav", order = 600)
@RolesAllowed(Roles.ADMIN)
public class ServiceRegisterView extends Div implements HasDynamicTitle {

    private final ServiceRegister register;
    private final ServiceCatalogue catalogue;

    ServiceRegisterView(ServiceRegister register, ServiceCatalogue catalogue) {
        this.register = register;
        this.catalogue = catalogue;
        addClassNames("page", "page-wide");
        show();
    }

    private void show() {
        removeAll();
        Button add = new Button(
                getTranslation("workspace.register.add"),
                e -> new ServiceFormDialog(register, catalogue.areas(), null, this::show).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H1(getTranslation("workspace.register.title")),
                new Paragraph(getTranslation("workspace.register.intro")),
                new Paragraph(new RouterLink(getTranslation("workspace.organisations.title"), OrganisationsView.class)),
                new Div(add));
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("workspace.register.table"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "workspace.register.column.service",
            "workspace.register.column.team",
            "workspace.register.column.commissioners",
            "workspace.register.column.provider",
            "workspace.register.column.stage",
            "workspace.register.column.contract",
            "workspace.register.column.status",
            "workspace.register.column.change"
        }) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (RegisterEntry service : register.register()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.setText(service.name());
            String commissioners = service.partners().isEmpty()
                    ? service.commissioner()
                    : getTranslation(
                            "workspace.register.commissioners",
                            service.commissioner(),
                            String.join(", ", service.partners()));
            Button edit = new Button(
                    getTranslation("workspace.register.edit", service.name()),
                    e -> new ServiceFormDialog(register, catalogue.areas(), service.code(), this::show).open());
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            Button status = service.active()
                    ? new Button(
                            getTranslation("workspace.register.retire", service.name()), e -> confirmRetire(service))
                    : new Button(getTranslation("workspace.register.reinstate", service.name()), e -> {
                        register.reinstate(service.code());
                        saved(getTranslation("workspace.register.reinstated", service.name()));
                    });
            status.addThemeVariants(ButtonVariant.TERTIARY);
            row.add(
                    new NativeTableCell(getTranslation("team." + service.team().name())),
                    new NativeTableCell(commissioners),
                    new NativeTableCell(
                            service.provider() == null
                                    ? getTranslation("workspace.service.no-provider")
                                    : service.provider()),
                    new NativeTableCell(getTranslation(
                            "workspace.stage." + service.cycleStage().name())),
                    new NativeTableCell(contract(service.contractStart(), service.contractEnd())),
                    new NativeTableCell(getTranslation(
                            service.active() ? "workspace.register.status.live" : "workspace.register.status.retired")),
                    new NativeTableCell(edit, status));
        }
        table.addClassNames("chain-table", "register-table");
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        add(scroller);
    }

    private void confirmRetire(RegisterEntry service) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("workspace.register.retire.title", service.name()));
        confirm.add(new Paragraph(getTranslation("workspace.register.retire.explained")));
        Button retire = new Button(getTranslation("workspace.register.retire.confirm"), e -> {
            register.retire(service.code());
            confirm.close();
            saved(getTranslation("workspace.register.retired", service.name()));
        });
        retire.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.getFooter().add(new Button(getTranslation("workspace.cancel"), e -> confirm.close()), retire);
        confirm.open();
    }

    private void saved(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        show();
    }

    private String contract(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return getTranslation("workspace.register.no-date");
        }
        if (start == null) {
            return getTranslation("workspace.register.contract.until", DisplayDates.date(end, getLocale()));
        }
        if (end == null) {
            return getTranslation("workspace.register.contract.from", DisplayDates.date(start, getLocale()));
        }
        return getTranslation(
                "workspace.register.contract",
                DisplayDates.date(start, getLocale()),
                DisplayDates.date(end, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.register.page-title");
    }
}
