package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.ChangeSummary;
import uk.coproduction.portal.reporting.SmallNumbers.Count;
import uk.coproduction.portal.reporting.SmallNumbers.Share;
import uk.coproduction.portal.reviews.AskedWords;
import uk.coproduction.portal.reviews.ReviewPoster;
import uk.coproduction.portal.reviews.ReviewReport;
import uk.coproduction.portal.reviews.ReviewReportDocument;
import uk.coproduction.portal.reviews.ReviewReports;
import uk.coproduction.portal.reviews.ReviewSummary;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A review's report on screen (issue 21): what the PDF prints, read from the same {@link ReviewReports}, for a
 * commissioner who covers the service; with the posters and the PDF to download. Reached from the review's page.
 */
@Route(value = ReviewReportView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Roles.COMMISSIONER)
public class ReviewReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/reviews/:id/report";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ReviewReports reports;
    private final ReviewPoster posters;
    private final ReviewReportDocument documents;
    private String pageTitle = "";

    ReviewReportView(ReviewReports reports, ReviewPoster posters, ReviewReportDocument documents) {
        this.reports = reports;
        this.posters = posters;
        this.documents = documents;
        addClassNames("page", "review-report-page");
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ReviewReport report;
        try {
            report = reports.report(
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            // Another team's review reads as one that does not exist: its title is not given away.
            pageTitle = getTranslation("staff.review-report.not-found");
            add(new H1(pageTitle));
            return;
        }
        show(report);
    }

    private void show(ReviewReport report) {
        ReviewSummary review = report.review();
        String fewer = getTranslation("evidence.fewer-than-5");
        String none = getTranslation("pack.review.report.none");
        pageTitle = getTranslation("pack.review.report.title", review.title(), review.serviceName());
        add(new H1(pageTitle));
        add(facts(report, fewer));
        if (!report.waiting().none()) {
            add(new Paragraph(getTranslation(
                    "pack.review.report.waiting", report.waiting().format(fewer))));
        }
        add(new Paragraph(getTranslation("pack.review.report.rule")));
        add(new ReviewDownloads(review, posters, documents, false));

        add(
                new H2(getTranslation("pack.review.report.charter-title")),
                new Paragraph(getTranslation("pack.review.report.charter-intro")));
        NativeTable charter = table(
                getTranslation("pack.review.report.charter-title"),
                "pack.review.report.expectation",
                "pack.review.report.this-review",
                "pack.review.report.previous-review",
                "pack.review.report.continuous");
        for (ReviewReport.CharterLine line : report.charter()) {
            row(
                    charter,
                    line.position() + ". " + line.title(),
                    score(line.first(), line.firstAnswered(), fewer, none),
                    line.second() == null
                            ? getTranslation("pack.review.report.no-previous")
                            : score(line.second(), line.secondAnswered(), fewer, none),
                    score(line.third(), line.thirdAnswered(), fewer, none));
        }
        add(charter);

        add(
                new H2(getTranslation("pack.review.report.voices-title")),
                new Paragraph(getTranslation("pack.review.report.voices-intro")));
        NativeTable voices = table(
                getTranslation("pack.review.report.voices-title"),
                "pack.review.report.expectation",
                "pack.review.report.residents",
                "pack.review.report.staff-providers");
        for (ReviewReport.CharterLine line : report.voices()) {
            row(
                    voices,
                    line.position() + ". " + line.title(),
                    score(line.first(), line.firstAnswered(), fewer, none),
                    score(line.second(), line.secondAnswered(), fewer, none));
        }
        add(voices);

        if (!report.questions().isEmpty()) {
            add(new H2(getTranslation("pack.review.report.questions-title")));
            int number = 1;
            for (ReviewReport.QuestionResult result : report.questions()) {
                String heading = AskedWords.heading(result, number++, this::getTranslation);
                add(new H3(heading));
                UnorderedList asked = new UnorderedList();
                asked.addClassName("review-report-asked");
                AskedWords.lines(result, this::getTranslation).forEach(line -> asked.add(new ListItem(line)));
                add(asked);
                NativeTable table = table(
                        heading,
                        "pack.review.report.audience",
                        "pack.review.report.answered",
                        "pack.review.report.positive",
                        "pack.review.report.neutral",
                        "pack.review.report.negative",
                        "pack.review.report.not-sure",
                        "pack.review.report.words");
                result.byAudience()
                        .forEach((audience, r) -> row(
                                table,
                                getTranslation("pack.review.audience." + audience.name()),
                                r.answered().format(fewer),
                                r.positive().formatPercent(fewer, none),
                                r.neutral().formatPercent(fewer, none),
                                r.negative().formatPercent(fewer, none),
                                r.notSure().format(fewer),
                                r.withWords().format(fewer)));
                add(table);
            }
        }

        add(new H2(getTranslation("pack.review.report.indicators-title")));
        if (report.indicators().isEmpty()) {
            add(new Paragraph(getTranslation("pack.review.report.indicators-none")));
        } else {
            NativeTable indicators = table(
                    getTranslation("pack.review.report.indicators-title"),
                    "pack.review.report.indicator",
                    "pack.review.report.in-period",
                    "pack.review.report.trend");
            for (ReviewReport.IndicatorLine line : report.indicators()) {
                String unit =
                        line.indicator().unit() == null ? "" : line.indicator().unit();
                row(
                        indicators,
                        line.indicator().code() + " " + line.indicator().title(),
                        line.inPeriod().isEmpty()
                                ? (line.latestBefore() == null
                                        ? getTranslation("pack.review.report.no-value-in-period")
                                        : getTranslation(
                                                "pack.review.report.latest-before",
                                                line.latestBefore()
                                                                .value()
                                                                .stripTrailingZeros()
                                                                .toPlainString() + unit + " ("
                                                        + DAY.format(line.latestBefore()
                                                                .asOf()) + ")"))
                                : String.join(
                                        "; ",
                                        line.inPeriod().stream()
                                                .map(v -> v.value()
                                                                .stripTrailingZeros()
                                                                .toPlainString() + unit + " (" + DAY.format(v.asOf())
                                                        + ")")
                                                .toList()),
                        line.trend() == null ? "" : line.trend());
            }
            add(indicators);
        }

        add(new H2(getTranslation("pack.review.report.themes-title")));
        if (report.themes().isEmpty()) {
            add(new Paragraph(getTranslation("pack.review.report.themes-none")));
        } else {
            NativeTable themes = table(
                    getTranslation("pack.review.report.themes-title"),
                    "pack.review.report.theme",
                    "pack.review.report.answers");
            report.themes().forEach(t -> row(themes, t.theme(), t.answers().format(fewer)));
            add(themes);
        }

        add(new H2(getTranslation("pack.review.report.actions-title")));
        if (report.actions().isEmpty()) {
            add(new Paragraph(getTranslation("pack.review.report.actions-none")));
        } else {
            add(new Paragraph(getTranslation("pack.review.report.actions-intro")));
            NativeTable actions = table(
                    getTranslation("pack.review.report.actions-title"),
                    "pack.review.report.action",
                    "pack.review.report.status");
            for (ActionSummary action : report.actions()) {
                NativeTableRow row = actions.getBody().addRow();
                NativeTableHeaderCell header = row.addHeaderCell();
                header.getElement().setAttribute("scope", "row");
                // The plan page is where a change is recorded on the action, naming these answers, and published
                // for "You said, we did": the one path for it.
                header.add(new Anchor("staff/plans/" + report.planCodes().get(action.id()), action.label()));
                row.add(new NativeTableCell(getTranslation(
                        "workspace.plan.status." + action.status().name())));
            }
            add(actions, new Paragraph(getTranslation("staff.review-report.record-change")));
        }
        if (!report.changes().isEmpty()) {
            add(new H3(getTranslation("pack.review.report.changes-title")));
            UnorderedList changes = new UnorderedList();
            for (ChangeSummary change : report.changes()) {
                changes.add(new ListItem(getTranslation(
                        change.published()
                                ? "pack.review.report.change-published"
                                : "pack.review.report.change-recorded",
                        change.whatChanged(),
                        change.actionLabel(),
                        DAY.format(change.changedOn()))));
            }
            add(changes);
        }
    }

    private NativeTable facts(ReviewReport report, String fewer) {
        ReviewSummary review = report.review();
        NativeTable facts = new NativeTable();
        facts.addClassName("review-report-facts");
        fact(
                facts,
                "pack.review.report.kind",
                getTranslation("pack.review.kind." + review.kind().name()));
        fact(facts, "pack.review.report.service", review.serviceName());
        fact(facts, "pack.review.report.period", period(review));
        fact(
                facts,
                "pack.review.report.audiences",
                String.join(
                        ", ",
                        review.audiences().stream()
                                .map(a -> getTranslation("pack.review.audience." + a.name()))
                                .toList()));
        fact(facts, "pack.review.report.people", report.people().format(fewer));
        fact(facts, "pack.review.report.professionals", report.professionals().format(fewer));
        fact(facts, "pack.review.report.not-counted", report.notCounted().format(fewer));
        fact(
                facts,
                "pack.review.report.all-charter",
                score(
                        report.allCharter(),
                        report.allCharterAnswered(),
                        fewer,
                        getTranslation("pack.review.report.none")));
        fact(
                facts,
                "pack.review.report.previous",
                report.previous() == null
                        ? getTranslation("pack.review.report.no-previous")
                        : report.previous().title() + " (" + period(report.previous()) + ")");
        return facts;
    }

    private void fact(NativeTable table, String labelKey, String value) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell label = row.addHeaderCell();
        label.getElement().setAttribute("scope", "row");
        label.setText(getTranslation(labelKey));
        row.add(new NativeTableCell(value));
    }

    private NativeTable table(String caption, String... headerKeys) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String key : headerKeys) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        return table;
    }

    private static void row(NativeTable table, String first, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell header = row.addHeaderCell();
        header.getElement().setAttribute("scope", "row");
        header.setText(first);
        for (String cell : cells) {
            row.add(new NativeTableCell(cell));
        }
    }

    private String score(Share share, Count answered, String fewer, String none) {
        if (answered.none()) {
            return getTranslation("pack.review.report.no-answers");
        }
        return getTranslation("pack.review.report.score", share.formatPercent(fewer, none), answered.format(fewer));
    }

    private String period(ReviewSummary review) {
        return getTranslation(
                "pack.review.report.period-value", DAY.format(review.opensOn()), DAY.format(review.closesOn()));
    }
}
