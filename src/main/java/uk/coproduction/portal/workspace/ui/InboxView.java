package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxFilter;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.services.AreaSummary;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.themes.BulkTagResult;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.themes.ThemeSummary;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A commissioner's inbox: feedback for their team's services, newest first, narrowed by filters kept in the
 * address (so a filtered inbox can be bookmarked or shared), with overdue items marked and bulk tagging.
 */
@Route(value = "staff/inbox", layout = StaffLayout.class)
@Menu(title = "nav.inbox", order = 100)
@RolesAllowed(Roles.COMMISSIONER)
public class InboxView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final int PREVIEW_LENGTH = 90;

    private final FeedbackTriageService triage;
    private final ThemeService themes;
    private final List<ServiceSummary> services;
    private final List<AreaSummary> areas;
    private final List<Expectation> expectations;
    private final List<ThemeSummary> allThemes;

    private final ComboBox<ServiceSummary> serviceFilter = new ComboBox<>();
    private final ComboBox<AreaSummary> areaFilter = new ComboBox<>();
    private final Select<RespondentGroup> groupFilter = new Select<>();
    private final Select<Channel> channelFilter = new Select<>();
    private final Select<Expectation> expectationFilter = new Select<>();
    private final MultiSelectComboBox<RatingAnswer> ratingFilter = new MultiSelectComboBox<>();
    private final Select<FeedbackStatus> statusFilter = new Select<>();
    private final ComboBox<ThemeSummary> themeFilter = new ComboBox<>();
    private final DatePicker fromFilter = new DatePicker();
    private final DatePicker toFilter = new DatePicker();
    private final TextField wordsFilter = new TextField();
    private final Checkbox overdueFilter = new Checkbox();
    private final Checkbox mineFilter = new Checkbox();

    private final Grid<InboxItem> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Paragraph overdueSummary = new Paragraph();
    private final ComboBox<ThemeSummary> bulkTheme = new ComboBox<>();
    private final Paragraph bulkResult = new Paragraph();

    private InboxFilter activeFilter = InboxFilter.NONE;
    /** True while fields are set from the address, so their change events do not navigate again. */
    private boolean applyingAddress;

    InboxView(
            FeedbackTriageService triage,
            ThemeService themes,
            ServiceCatalogue catalogue,
            CharterService charter,
            FeedbackLinkService links) {
        this.triage = triage;
        this.themes = themes;
        this.services = links.serviceChoices();
        this.areas = catalogue.areas();
        this.expectations = charter.expectations();
        this.allThemes = themes.allThemes();
        addClassNames("page", "page-wide");

        overdueSummary.addClassName("triage-overdue-summary");
        Button showMyOverdue = new Button(getTranslation("workspace.inbox.show-my-overdue"), e -> {
            mineFilter.setValue(true);
            overdueFilter.setValue(true);
        });
        showMyOverdue.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div overdueRow = new Div(overdueSummary, showMyOverdue);
        overdueRow.addClassName("triage-overdue-row");

        configureFilters();
        configureGrid();
        Section bulk = bulkTagging();

        // Keyboard users reach the results in two key presses instead of tabbing through every filter.
        Anchor skipToResults = new Anchor("#inbox-results", getTranslation("inbox.skip-to-results"));
        skipToResults.addClassName("skip-to-results");
        skipToResults.getElement().setAttribute("router-ignore", true);
        // The grid's own tab stop is a cell in its shadow root: the first row's, else the header's.
        skipToResults
                .getElement()
                .executeJs("this.addEventListener('click', e => { e.preventDefault();"
                        + " const grid = document.getElementById('inbox-results'); const root = grid.shadowRoot;"
                        + " const cell = root && (root.querySelector('#items [tabindex=\"0\"]')"
                        + " || root.querySelector('[tabindex=\"0\"]')); (cell || grid).focus(); })");
        grid.setId("inbox-results");
        add(new H1(getTranslation("inbox.title")), skipToResults, overdueRow, filters(), count, bulk, grid);
    }

    private void configureFilters() {
        serviceFilter.setLabel(getTranslation("workspace.inbox.filter.service"));
        serviceFilter.setItems(ServiceSummary::matches, services);
        serviceFilter.setItemLabelGenerator(ServiceSummary::name);
        serviceFilter.setClearButtonVisible(true);

        areaFilter.setLabel(getTranslation("workspace.inbox.filter.area"));
        areaFilter.setItems(areas);
        areaFilter.setItemLabelGenerator(AreaSummary::name);
        areaFilter.setClearButtonVisible(true);

        anyOr(
                groupFilter,
                "workspace.inbox.filter.group",
                RespondentGroup.values(),
                g -> getTranslation("group." + g.name()));
        anyOr(
                channelFilter,
                "workspace.inbox.filter.channel",
                Channel.values(),
                c -> getTranslation("channel." + c.name()));
        anyOr(
                expectationFilter,
                "workspace.inbox.filter.expectation",
                expectations.toArray(Expectation[]::new),
                Expectation::title);
        anyOr(statusFilter, "inbox.filter.status", FeedbackStatus.values(), s -> getTranslation("status." + s.name()));

        ratingFilter.setLabel(getTranslation("workspace.inbox.filter.rating"));
        ratingFilter.setItems(RatingAnswer.values());
        ratingFilter.setItemLabelGenerator(r -> getTranslation("answer." + r.name()));
        ratingFilter.setHelperText(getTranslation("workspace.inbox.filter.rating.helper"));

        themeFilter.setLabel(getTranslation("workspace.inbox.filter.theme"));
        themeFilter.setItems(allThemes);
        themeFilter.setItemLabelGenerator(this::themeLabel);
        themeFilter.setClearButtonVisible(true);

        fromFilter.setLabel(getTranslation("workspace.inbox.filter.from"));
        toFilter.setLabel(getTranslation("workspace.inbox.filter.to"));
        fromFilter.setLocale(Locale.UK);
        toFilter.setLocale(Locale.UK);
        fromFilter.setClearButtonVisible(true);
        toFilter.setClearButtonVisible(true);

        wordsFilter.setLabel(getTranslation("workspace.inbox.filter.words"));
        wordsFilter.setHelperText(getTranslation("workspace.inbox.filter.words.helper"));
        wordsFilter.setClearButtonVisible(true);
        wordsFilter.setMaxLength(200);

        overdueFilter.setLabel(getTranslation("workspace.inbox.filter.overdue"));
        mineFilter.setLabel(getTranslation("workspace.inbox.filter.mine"));

        List<HasValue<?, ?>> fields = List.of(
                serviceFilter,
                areaFilter,
                groupFilter,
                channelFilter,
                expectationFilter,
                ratingFilter,
                statusFilter,
                themeFilter,
                fromFilter,
                toFilter,
                wordsFilter,
                overdueFilter,
                mineFilter);
        fields.forEach(field -> field.addValueChangeListener(e -> {
            if (!applyingAddress) {
                showFiltersInAddress();
            }
        }));
    }

    private <T> void anyOr(Select<T> select, String labelKey, T[] items, Function<T, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("workspace.inbox.filter.any"));
        select.setItemLabelGenerator(
                item -> item == null ? getTranslation("workspace.inbox.filter.any") : label.apply(item));
    }

    private Div filters() {
        Button clear = new Button(
                getTranslation("workspace.inbox.filter.clear"),
                e -> UI.getCurrent().navigate(InboxView.class));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        Div fields = new Div(
                serviceFilter,
                areaFilter,
                groupFilter,
                channelFilter,
                statusFilter,
                themeFilter,
                expectationFilter,
                ratingFilter,
                fromFilter,
                toFilter,
                wordsFilter);
        fields.addClassName("triage-filter-fields");
        Div checks = new Div(overdueFilter, mineFilter, clear);
        checks.addClassName("triage-filter-checks");
        Div filters = new Div(new H2(getTranslation("workspace.inbox.filter.title")), fields, checks);
        filters.addClassName("triage-filters");
        filters.getElement().setAttribute("role", "search");
        return filters;
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(item -> {
                    RouterLink open = new RouterLink(
                            item.referenceCode(),
                            FeedbackDetailView.class,
                            new RouteParameters("id", String.valueOf(item.id())));
                    open.addClassName("inbox-open-link");
                    return open;
                })
                .setHeader(getTranslation("inbox.column.reference"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::received)
                .setHeader(getTranslation("inbox.column.received"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item ->
                        item.serviceName() == null ? getTranslation("inbox.service-unknown") : item.serviceName())
                .setHeader(getTranslation("inbox.column.service"))
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(item -> getTranslation("group." + item.respondentGroup().name()))
                .setHeader(getTranslation("inbox.column.from"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addComponentColumn(item -> statusBadge(item.status()))
                .setHeader(getTranslation("inbox.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> preview(item.comment()))
                .setHeader(getTranslation("inbox.column.words"))
                .setWidth("18rem")
                .setFlexGrow(3);
        grid.addComponentColumn(this::replyBy)
                .setHeader(getTranslation("workspace.inbox.column.reply-by"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.setPartNameGenerator(item -> item.overdue() ? "triage-overdue-row" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("inbox.grid.label"));
        grid.setItems(query -> triage.inbox(activeFilter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) triage.countInbox(activeFilter));
        grid.addClassName("inbox-grid");
    }

    private Section bulkTagging() {
        bulkTheme.setLabel(getTranslation("workspace.inbox.bulk.theme"));
        bulkTheme.setItems(themes.activeThemes());
        bulkTheme.setItemLabelGenerator(ThemeSummary::name);
        Button tag = new Button(getTranslation("workspace.inbox.bulk.tag"), e -> tagSelected());
        bulkResult.addClassName("triage-bulk-result");
        bulkResult.getElement().setAttribute("role", "status");
        Div row = new Div(bulkTheme, tag);
        row.addClassName("field-with-action");
        Section section = new Section(new Paragraph(getTranslation("workspace.inbox.bulk.intro")), row, bulkResult);
        section.addClassName("triage-bulk");
        return section;
    }

    private void tagSelected() {
        Set<InboxItem> selected = grid.getSelectedItems();
        bulkTheme.setInvalid(false);
        if (selected.isEmpty()) {
            refuseBulk("workspace.inbox.bulk.none-selected");
            return;
        }
        if (bulkTheme.getValue() == null) {
            refuseBulk("workspace.inbox.bulk.theme-required");
            return;
        }
        try {
            BulkTagResult result = themes.tagAll(
                    selected.stream().map(InboxItem::id).toList(),
                    bulkTheme.getValue().id());
            String message = getTranslation(
                    "workspace.inbox.bulk.done",
                    result.tagged(),
                    bulkTheme.getValue().name());
            if (result.alreadyTagged() > 0) {
                message = message + " " + getTranslation("workspace.inbox.bulk.already", result.alreadyTagged());
            }
            bulkResult.setText(message);
            grid.deselectAll();
            refresh();
        } catch (InvalidInputException invalid) {
            refuseBulk(invalid.problems().getFirst().messageKey());
        }
    }

    private void refuseBulk(String messageKey) {
        bulkTheme.setErrorMessage(getTranslation(messageKey));
        bulkTheme.setInvalid(true);
        bulkResult.setText(getTranslation(messageKey));
    }

    /** When it reached us and, when that was another day, when the voice was given (what the figures count). */
    private Div received(InboxItem item) {
        Div cell = new Div(new Span(DisplayDates.date(item.receivedAt(), getLocale())));
        String given = DisplayDates.date(item.submittedAt(), getLocale());
        if (!given.equals(DisplayDates.date(item.receivedAt(), getLocale()))) {
            Div givenOn = new Div(getTranslation("inbox.given-on", given));
            givenOn.addClassName("inbox-given-on");
            cell.add(givenOn);
        }
        return cell;
    }

    private Div replyBy(InboxItem item) {
        Div cell = new Div();
        cell.addClassName("triage-reply-by");
        if (item.replyBy() != null) {
            cell.add(new Span(DisplayDates.date(
                    item.replyBy().atStartOfDay(DisplayDates.UK).toInstant(), getLocale())));
        }
        if (item.overdue()) {
            Span badge = new Span(getTranslation("workspace.inbox.overdue"));
            badge.addClassNames("status-badge", "status-overdue", "triage-overdue-badge");
            cell.add(badge);
        }
        if (item.receivedLate()) {
            cell.add(ReceivedLate.badge(getTranslation("workspace.received-late")));
        }
        return cell;
    }

    private Span statusBadge(FeedbackStatus status) {
        Span badge = new Span(getTranslation("status." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase());
        return badge;
    }

    private String preview(String comment) {
        if (comment == null) {
            return "";
        }
        return comment.length() <= PREVIEW_LENGTH
                ? comment
                : comment.substring(0, PREVIEW_LENGTH).strip() + "…";
    }

    private String themeLabel(ThemeSummary theme) {
        return theme.active() ? theme.name() : getTranslation("workspace.inbox.theme-inactive", theme.name());
    }

    /** The address is the filter's one source: changing a filter changes the address, which shows the inbox. */
    private void showFiltersInAddress() {
        UI.getCurrent().navigate(InboxView.class, new QueryParameters(toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyingAddress = true;
        try {
            fromParameters(event.getLocation().getQueryParameters());
        } finally {
            applyingAddress = false;
        }
        refresh();
    }

    private Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(
                parameters,
                "service",
                serviceFilter.getValue() == null
                        ? null
                        : serviceFilter.getValue().id());
        put(
                parameters,
                "area",
                areaFilter.getValue() == null ? null : areaFilter.getValue().id());
        put(parameters, "group", groupFilter.getValue());
        put(parameters, "channel", channelFilter.getValue());
        put(
                parameters,
                "promise",
                expectationFilter.getValue() == null
                        ? null
                        : expectationFilter.getValue().id());
        if (!ratingFilter.getValue().isEmpty()) {
            parameters.put(
                    "answer",
                    ratingFilter.getValue().stream().sorted().map(Enum::name).toList());
        }
        put(parameters, "status", statusFilter.getValue());
        put(
                parameters,
                "theme",
                themeFilter.getValue() == null ? null : themeFilter.getValue().id());
        put(parameters, "from", fromFilter.getValue());
        put(parameters, "to", toFilter.getValue());
        put(
                parameters,
                "words",
                wordsFilter.getValue().isBlank() ? null : wordsFilter.getValue().strip());
        put(parameters, "overdue", overdueFilter.getValue() ? "yes" : null);
        put(parameters, "mine", mineFilter.getValue() ? "yes" : null);
        return parameters;
    }

    private static void put(Map<String, List<String>> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, List.of(value instanceof Enum<?> e ? e.name() : value.toString()));
        }
    }

    /** Sets the filters from the address; anything unknown or malformed there is ignored. */
    private void fromParameters(QueryParameters query) {
        set(serviceFilter, byId(services, ServiceSummary::id, query.getSingleParameter("service")));
        set(areaFilter, byId(areas, AreaSummary::id, query.getSingleParameter("area")));
        set(groupFilter, enumOf(RespondentGroup.class, query.getSingleParameter("group")));
        set(channelFilter, enumOf(Channel.class, query.getSingleParameter("channel")));
        set(expectationFilter, byId(expectations, Expectation::id, query.getSingleParameter("promise")));
        set(
                ratingFilter,
                query.getParameters("answer").stream()
                        .map(a -> enumOf(RatingAnswer.class, Optional.of(a)))
                        .filter(r -> r != null)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RatingAnswer.class))));
        set(statusFilter, enumOf(FeedbackStatus.class, query.getSingleParameter("status")));
        set(themeFilter, byId(allThemes, ThemeSummary::id, query.getSingleParameter("theme")));
        set(fromFilter, date(query.getSingleParameter("from")));
        set(toFilter, date(query.getSingleParameter("to")));
        set(wordsFilter, query.getSingleParameter("words").orElse(""));
        set(overdueFilter, query.getSingleParameter("overdue").isPresent());
        set(mineFilter, query.getSingleParameter("mine").isPresent());
    }

    private static <V> void set(HasValue<?, V> field, V value) {
        if (value == null) {
            field.clear();
        } else {
            field.setValue(value);
        }
    }

    private static <T> T byId(List<T> items, Function<T, Long> id, Optional<String> wanted) {
        return wanted.flatMap(w -> items.stream()
                        .filter(i -> id.apply(i).toString().equals(w))
                        .findFirst())
                .orElse(null);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Optional<String> name) {
        return name.flatMap(n -> EnumSet.allOf(type).stream()
                        .filter(e -> e.name().equals(n))
                        .findFirst())
                .orElse(null);
    }

    private static LocalDate date(Optional<String> text) {
        try {
            return text.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private InboxFilter filterFromFields() {
        return new InboxFilter(
                serviceFilter.getValue() == null
                        ? null
                        : serviceFilter.getValue().id(),
                areaFilter.getValue() == null ? null : areaFilter.getValue().id(),
                groupFilter.getValue(),
                channelFilter.getValue(),
                expectationFilter.getValue() == null
                        ? null
                        : expectationFilter.getValue().id(),
                ratingFilter.getValue(),
                statusFilter.getValue() == null ? Set.of() : Set.of(statusFilter.getValue()),
                themeFilter.getValue() == null ? null : themeFilter.getValue().id(),
                fromFilter.getValue(),
                toFilter.getValue(),
                wordsFilter.getValue(),
                overdueFilter.getValue(),
                mineFilter.getValue());
    }

    private void refresh() {
        InboxFilter wanted = filterFromFields();
        toFilter.setInvalid(false);
        try {
            long matching = triage.countInbox(wanted);
            activeFilter = wanted;
            count.setText(getTranslation("inbox.count", matching));
        } catch (InvalidInputException invalid) {
            toFilter.setErrorMessage(
                    getTranslation(invalid.problems().getFirst().messageKey()));
            toFilter.setInvalid(true);
            return;
        }
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        overdueSummary.setText(getTranslation("workspace.inbox.my-overdue", triage.countMyOverdue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.page-title");
    }
}
