package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.outcomes.IndicatorHistory;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.outcomes.ui.IndicatorHistoryPanel;
import uk.coproduction.portal.packs.ui.PacksView;
import uk.coproduction.portal.plans.PlanAdministration;
import uk.coproduction.portal.plans.PlanPage;
import uk.coproduction.portal.plans.PlanPages;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.plans.ui.ChangeCard;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.security.StaffDirectory;

import java.util.List;
import java.util.Map;

/**
 * A plan's page: domains, outcomes and actions, each action with its owner, timescale, status and progress notes
 * (administrators edit them), the voices behind it and the changes made; each domain starts with the trend of the
 * outcome indicators it is measured by.
 */
@Route(value = "staff/plans/:code", layout = StaffLayout.class)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
public class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanPages pages;
    private final PlanService plans;
    private final PlanAdministration administration;
    private final boolean admin;
    private final OutcomeHistories histories;
    private PlanPage page;

    PlanView(
            PlanPages pages,
            PlanService plans,
            PlanAdministration administration,
            StaffDirectory staff,
            OutcomeHistories histories) {
        this.histories = histories;
        this.pages = pages;
        this.plans = plans;
        this.administration = administration;
        this.admin = staff.requireCurrentStaff().hasRole(Roles.ADMIN);
        addClassNames("page", "page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        if (pages.page(code).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(code);
    }

    private void show(String code) {
        page = pages.page(code).orElseThrow();
        removeAll();
        add(
                new H1(page.title()),
                new Paragraph(getTranslation(
                        "workspace.plan.intro",
                        page.shortName(),
                        page.period(),
                        getTranslation("team." + page.team().name()))));
        add(new Paragraph(
                new Span(getTranslation("pack.page.link.plan") + " "),
                PacksView.link(getTranslation("pack.page.link"), "plan", code)));
        for (PlanPage.Domain domain : page.domains()) {
            Section section =
                    new Section(new H2(getTranslation("workspace.plan.domain", domain.code(), domain.title())));
            // The trend of the domain's outcome indicators first, beside the voices under its actions (decision 0037).
            List<IndicatorHistory> trends = histories.forPlanDomain(page.code(), domain.code(), getLocale());
            if (!trends.isEmpty()) {
                Div indicators = new Div(new H3(getTranslation("outcomes.history.section.domain")));
                indicators.addClassName("outcome-histories");
                trends.forEach(h -> indicators.add(new IndicatorHistoryPanel(h, true)));
                section.add(indicators);
            }
            for (PlanPage.Outcome outcome : domain.outcomes()) {
                section.add(new H3(getTranslation("workspace.plan.outcome", outcome.code(), outcome.title())));
                outcome.actions().forEach(action -> section.add(action(action)));
                if (admin) {
                    Button add = new Button(
                            getTranslation("workspace.plans.admin.add-action", outcome.code()),
                            e -> new AddActionDialog(
                                            administration,
                                            page.code(),
                                            domain.code(),
                                            outcome.code(),
                                            outcome.code() + "."
                                                    + (outcome.actions().size() + 1),
                                            () -> show(page.code()))
                                    .open());
                    section.add(new Div(add));
                }
            }
            add(section);
        }
    }

    private Component action(PlanPage.Action action) {
        Div card = new Div(new H4(
                action.retired()
                        ? getTranslation("workspace.plans.admin.retired-action", action.code(), action.title())
                        : action.code() + " " + action.title()));
        card.addClassName("chain-action");
        DescriptionList about = new DescriptionList();
        about.addClassName("summary-list");
        term(about, "workspace.plan.owner", action.owner());
        term(about, "workspace.plan.timescale", action.timescale());
        term(
                about,
                "workspace.plan.status",
                getTranslation("workspace.plan.status." + action.status().name()));
        term(
                about,
                "workspace.plan.progress-notes",
                action.progressNotes() == null
                        ? getTranslation("workspace.plan.no-progress-notes")
                        : action.progressNotes());
        card.add(about);
        if (admin) {
            Button edit = new Button(
                    getTranslation("workspace.plan.edit", action.code()),
                    e -> new ActionEditDialog(plans, action, () -> show(page.code())).open());
            Button retire = action.retired()
                    ? new Button(getTranslation("workspace.plans.admin.reinstate", action.code()), e -> {
                        administration.reinstateAction(action.id());
                        show(page.code());
                    })
                    : new Button(getTranslation("workspace.plans.admin.retire", action.code()), e -> {
                        administration.retireAction(action.id());
                        show(page.code());
                    });
            retire.addThemeVariants(ButtonVariant.TERTIARY);
            card.add(new Div(edit, retire));
        }
        card.add(voices(action.voices()), changes(action));
        return card;
    }

    private Component voices(PlanPage.Voices voices) {
        // Every count through the one disclosure-control rule (decision 0022): under 5 hidden, others rounded to 5.
        String fewer = getTranslation("evidence.fewer-than-5");
        SmallNumbers.Count total = SmallNumbers.count(voices.total());
        Div box = new Div(new Paragraph(
                total.suppressed()
                        ? getTranslation("workspace.plan.voices.few")
                        : getTranslation("workspace.plan.voices", total.shown().getAsLong())));
        box.addClassName("chain-voices");
        if (voices.total() == 0) {
            return box;
        }
        UnorderedList groups = new UnorderedList();
        SmallNumbers.breakdown(voices.byGroup())
                .forEach((group, count) -> groups.add(new ListItem(getTranslation(
                        "workspace.plan.voices.group", getTranslation("group." + group), count.format(fewer)))));
        box.add(groups);

        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("workspace.plan.voices.charter"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("workspace.plan.voices.expectation"));
        head.addHeaderCell().setText(getTranslation("workspace.plan.voices.positive"));
        head.addHeaderCell().setText(getTranslation("workspace.plan.voices.neutral"));
        head.addHeaderCell().setText(getTranslation("workspace.plan.voices.negative"));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (PlanPage.ExpectationAnswers answers : voices.byExpectation()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell expectation = row.addHeaderCell();
            expectation.setText(answers.title());
            expectation.getElement().setAttribute("scope", "row");
            Map<String, SmallNumbers.Count> cells = SmallNumbers.breakdown(Map.of(
                    "positive", answers.positive(), "neutral", answers.neutral(), "negative", answers.negative()));
            row.add(
                    new NativeTableCell(cells.get("positive").format(fewer)),
                    new NativeTableCell(cells.get("neutral").format(fewer)),
                    new NativeTableCell(cells.get("negative").format(fewer)));
        }
        table.addClassName("chain-table");
        box.add(table);

        if (voices.quotes().isEmpty()) {
            box.add(new Paragraph(getTranslation("workspace.plan.no-quotes")));
        } else {
            box.add(new Paragraph(getTranslation("workspace.plan.quotes")));
            UnorderedList quotes = new UnorderedList();
            voices.quotes().forEach(q -> {
                ListItem item = new ListItem(q);
                item.addClassName("chain-quote");
                quotes.add(item);
            });
            box.add(quotes);
        }
        return box;
    }

    private Component changes(PlanPage.Action action) {
        Div box = new Div();
        box.addClassName("chain-changes");
        if (action.changes().isEmpty()) {
            box.add(new Paragraph(getTranslation("workspace.plan.no-changes")));
        } else {
            box.add(new Paragraph(getTranslation("workspace.plan.changes")));
            action.changes().forEach(c -> box.add(new ChangeCard(c, false)));
        }
        return box;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? getTranslation("workspace.plans.page-title")
                : getTranslation("workspace.plan.page-title", page.shortName());
    }
}
