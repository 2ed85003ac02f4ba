package uk.coproduction.portal.recommissioning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.api.FiguresFeed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.outcomes.ui.FilterForm;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.RecommissioningEvidence;
import uk.coproduction.portal.reporting.ServiceEvidence;
import uk.coproduction.portal.reporting.Shortfall;
import uk.coproduction.portal.services.ServiceCatalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Services approaching re-commissioning, with how much evidence each has from the last 8 quarters and, in words,
 * whether it is too little (the rule is stated on the page and in decision 0015).
 */
@Route(value = "staff/dashboard/recommissioning", layout = StaffLayout.class)
@Menu(title = "outcomes.nav.recommissioning", order = 340)
@RolesAllowed({Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN})
public class RecommissioningView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RecommissioningEvidence evidence;
    private final FiguresFeed feed;
    private final ServiceCatalogue catalogue;
    private final Clock clock;

    RecommissioningView(RecommissioningEvidence evidence, FiguresFeed feed, ServiceCatalogue catalogue, Clock clock) {
        this.evidence = evidence;
        this.feed = feed;
        this.catalogue = catalogue;
        this.clock = clock;
        addClassNames("page", "page-wide", "outcomes-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EvidenceFilter filter = FilterForm.fromUrl(event.getLocation().getQueryParameters());
        removeAll();
        add(
                new H1(getTranslation("outcomes.recommissioning.title")),
                new Paragraph(getTranslation("outcomes.recommissioning.intro", RecommissioningEvidence.MONTHS_AHEAD)),
                new Paragraph(getTranslation("outcomes.recommissioning.rule", RecommissioningEvidence.ENOUGH_FEEDBACK)),
                new FilterForm(
                        RecommissioningView.class,
                        filter,
                        evidence.teamChoices(),
                        feed.services(),
                        catalogue.areas(),
                        clock,
                        List.of("team")));
        List<ServiceEvidence> services = evidence.services(filter.team());
        if (services.isEmpty()) {
            add(new Paragraph(getTranslation("outcomes.recommissioning.none")));
            return;
        }
        long tooLittle =
                services.stream().filter(ServiceEvidence::tooLittleEvidence).count();
        add(new Paragraph(getTranslation("outcomes.recommissioning.summary", services.size(), tooLittle)));
        NativeTable table = new NativeTable();
        table.addClassName("outcomes-table");
        table.setCaptionText(getTranslation("outcomes.recommissioning.caption"));
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "outcomes.recommissioning.column.service",
            "outcomes.recommissioning.column.why",
            "outcomes.recommissioning.column.feedback",
            "outcomes.recommissioning.column.groups",
            "outcomes.recommissioning.column.activities",
            "outcomes.recommissioning.column.actions",
            "outcomes.recommissioning.column.changes",
            "outcomes.recommissioning.column.evidence"
        }) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        String fewer = getTranslation("evidence.fewer-than-5");
        for (ServiceEvidence service : services) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(service.name());
            name.getElement().setAttribute("scope", "row");
            NativeTableCell verdict = new NativeTableCell(verdict(service));
            verdict.addClassName(service.tooLittleEvidence() ? "outcomes-too-little" : "outcomes-enough");
            row.add(
                    new NativeTableCell(why(service)),
                    new NativeTableCell(service.feedback().format(fewer)),
                    new NativeTableCell(
                            service.groupsHeard().isEmpty()
                                    ? getTranslation("outcomes.recommissioning.no-groups")
                                    : service.groupsHeard().stream()
                                            .map(g -> getTranslation("group." + g.name()))
                                            .collect(Collectors.joining(", "))),
                    new NativeTableCell(service.activities().format(fewer)),
                    new NativeTableCell(service.linkedActions().format(fewer)),
                    new NativeTableCell(service.changes().format(fewer)),
                    verdict);
        }
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        add(scroller);
    }

    private String why(ServiceEvidence service) {
        List<String> reasons = new ArrayList<>();
        // a contract that ends soon has an end date
        if (service.contractEndsSoon() && service.contractEnd() != null) {
            reasons.add(getTranslation(
                    "outcomes.recommissioning.why.contract", DisplayDates.date(service.contractEnd(), Locale.UK)));
        }
        reasons.add(getTranslation(
                "outcomes.recommissioning.why.stage",
                getTranslation("workspace.stage." + service.stage().name())));
        return String.join(". ", reasons) + ".";
    }

    private String verdict(ServiceEvidence service) {
        if (!service.tooLittleEvidence()) {
            return getTranslation("outcomes.recommissioning.enough");
        }
        String reasons = service.shortfalls().stream().map(this::shortfall).collect(Collectors.joining("; "));
        return getTranslation("outcomes.recommissioning.too-little", reasons);
    }

    private String shortfall(Shortfall shortfall) {
        return switch (shortfall.kind()) {
            case TOO_LITTLE_FEEDBACK ->
                getTranslation("outcomes.recommissioning.shortfall.feedback", RecommissioningEvidence.ENOUGH_FEEDBACK);
            case NO_COPRODUCTION_ACTIVITY -> getTranslation("outcomes.recommissioning.shortfall.activity");
            case GROUP_NOT_HEARD ->
                getTranslation(
                        "outcomes.recommissioning.shortfall.group",
                        getTranslation("group."
                                + Objects.requireNonNull(shortfall.group(), "a group not heard names its group")
                                        .name()));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.recommissioning.title");
    }
}
