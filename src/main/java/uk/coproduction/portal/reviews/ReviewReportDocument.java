package uk.coproduction.portal.reviews;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.outcomes.DatedValue;
import uk.coproduction.portal.packs.TaggedPdf;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.ChangeSummary;
import uk.coproduction.portal.reporting.SmallNumbers.Count;
import uk.coproduction.portal.reporting.SmallNumbers.Share;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A review's report as a PDF, laid out and tagged as an evidence pack is (PDF/UA-1), with its Easy Read summary as
 * the last section. It prints exactly what {@link ReviewReports} read, so the page and the PDF cannot disagree.
 */
@Service
public class ReviewReportDocument {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ReviewReports reports;
    private final TaggedPdf pdf;
    private final I18NProvider translations;
    private final AuditLog audit;

    ReviewReportDocument(ReviewReports reports, TaggedPdf pdf, I18NProvider translations, AuditLog audit) {
        this.reports = reports;
        this.pdf = pdf;
        this.translations = translations;
        this.audit = audit;
    }

    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public ReviewDocument report(long reviewId) {
        ReviewReport report = reports.report(reviewId);
        ReviewSummary review = report.review();
        String title = text("pack.review.report.title", review.title(), review.serviceName());
        TaggedPdf.Made made = pdf.render(
                title,
                text("pack.review.report.subject"),
                text("pack.footer.page"),
                "",
                html -> new Writer(report, html).write(title));
        audit.record(
                "EXPORT",
                "REVIEW_REPORT",
                reviewId,
                "Review report (PDF, " + made.pages() + " pages): " + review.title());
        return new ReviewDocument(made.title(), "review-report-" + reviewId + ".pdf", made.pdf(), made.pages());
    }

    private String text(String key, Object... args) {
        return translations.getTranslation(key, Languages.ENGLISH, args);
    }

    /** Writes the report's sections in the order the page shows them. */
    private final class Writer {
        private final ReviewReport report;
        private final ReviewSummary review;
        private final TaggedPdf.Html html;
        private final String fewer;
        private final String none;

        Writer(ReviewReport report, TaggedPdf.Html html) {
            this.report = report;
            this.review = report.review();
            this.html = html;
            this.fewer = text("evidence.fewer-than-5");
            this.none = text("pack.review.report.none");
        }

        void write(String title) {
            html.open("section", "class", "part");
            html.element("h1", title);
            html.open("table", "class", "facts").open("tbody");
            fact(
                    text("pack.review.report.kind"),
                    text("pack.review.kind." + review.kind().name()));
            fact(text("pack.review.report.service"), review.serviceName());
            fact(text("pack.review.report.period"), period(review));
            fact(
                    text("pack.review.report.audiences"),
                    String.join(
                            ", ",
                            review.audiences().stream()
                                    .map(a -> text("pack.review.audience." + a.name()))
                                    .toList()));
            fact(text("pack.review.report.people"), report.people().format(fewer));
            fact(
                    text("pack.review.report.professionals"),
                    report.professionals().format(fewer));
            fact(text("pack.review.report.not-counted"), report.notCounted().format(fewer));
            fact(text("pack.review.report.all-charter"), score(report.allCharter(), report.allCharterAnswered()));
            fact(
                    text("pack.review.report.previous"),
                    report.previous() == null
                            ? text("pack.review.report.no-previous")
                            : report.previous().title() + " (" + period(report.previous()) + ")");
            html.close("tbody").close("table");
            if (!report.waiting().none()) {
                html.element(
                        "p", text("pack.review.report.waiting", report.waiting().format(fewer)));
            }
            html.element("p", text("pack.review.report.rule"));

            html.element("h2", text("pack.review.report.charter-title"));
            html.element("p", text("pack.review.report.charter-intro"));
            head(
                    text("pack.review.report.expectation"),
                    text("pack.review.report.this-review"),
                    text("pack.review.report.previous-review"),
                    text("pack.review.report.continuous"));
            for (ReviewReport.CharterLine line : report.charter()) {
                row(
                        line.position() + ". " + line.title(),
                        score(line.first(), line.firstAnswered()),
                        line.second() == null
                                ? text("pack.review.report.no-previous")
                                : score(line.second(), line.secondAnswered()),
                        score(line.third(), line.thirdAnswered()));
            }
            html.close("tbody").close("table");

            html.element("h2", text("pack.review.report.voices-title"));
            html.element("p", text("pack.review.report.voices-intro"));
            head(
                    text("pack.review.report.expectation"),
                    text("pack.review.report.residents"),
                    text("pack.review.report.staff-providers"));
            for (ReviewReport.CharterLine line : report.voices()) {
                row(
                        line.position() + ". " + line.title(),
                        score(line.first(), line.firstAnswered()),
                        score(line.second(), line.secondAnswered()));
            }
            html.close("tbody").close("table");

            if (!report.questions().isEmpty()) {
                html.element("h2", text("pack.review.report.questions-title"));
                int number = 1;
                for (ReviewReport.QuestionResult result : report.questions()) {
                    html.element("h3", AskedWords.heading(result, number++, ReviewReportDocument.this::text));
                    html.open("ul", "class", "asked");
                    AskedWords.lines(result, ReviewReportDocument.this::text).forEach(line -> html.element("li", line));
                    html.close("ul");
                    head(
                            text("pack.review.report.audience"),
                            text("pack.review.report.answered"),
                            text("pack.review.report.positive"),
                            text("pack.review.report.neutral"),
                            text("pack.review.report.negative"),
                            text("pack.review.report.not-sure"),
                            text("pack.review.report.words"));
                    result.byAudience()
                            .forEach((audience, r) -> row(
                                    text("pack.review.audience." + audience.name()),
                                    r.answered().format(fewer),
                                    r.positive().formatPercent(fewer, none),
                                    r.neutral().formatPercent(fewer, none),
                                    r.negative().formatPercent(fewer, none),
                                    r.notSure().format(fewer),
                                    r.withWords().format(fewer)));
                    html.close("tbody").close("table");
                }
            }

            html.element("h2", text("pack.review.report.indicators-title"));
            if (report.indicators().isEmpty()) {
                html.element("p", text("pack.review.report.indicators-none"));
            } else {
                head(
                        text("pack.review.report.indicator"),
                        text("pack.review.report.in-period"),
                        text("pack.review.report.trend"));
                for (ReviewReport.IndicatorLine line : report.indicators()) {
                    row(
                            line.indicator().code() + " " + line.indicator().title(),
                            line.inPeriod().isEmpty()
                                    ? (line.latestBefore() == null
                                            ? text("pack.review.report.no-value-in-period")
                                            : text(
                                                    "pack.review.report.latest-before",
                                                    value(line.latestBefore(), line)))
                                    : String.join(
                                            "; ",
                                            line.inPeriod().stream()
                                                    .map(v -> value(v, line))
                                                    .toList()),
                            line.trend() == null ? "" : line.trend());
                }
                html.close("tbody").close("table");
            }

            html.element("h2", text("pack.review.report.themes-title"));
            if (report.themes().isEmpty()) {
                html.element("p", text("pack.review.report.themes-none"));
            } else {
                head(text("pack.review.report.theme"), text("pack.review.report.answers"));
                report.themes().forEach(t -> row(t.theme(), t.answers().format(fewer)));
                html.close("tbody").close("table");
            }

            html.element("h2", text("pack.review.report.actions-title"));
            if (report.actions().isEmpty()) {
                html.element("p", text("pack.review.report.actions-none"));
            } else {
                html.element("p", text("pack.review.report.actions-intro"));
                head(text("pack.review.report.action"), text("pack.review.report.status"));
                for (ActionSummary action : report.actions()) {
                    row(
                            action.label(),
                            text("workspace.plan.status." + action.status().name()));
                }
                html.close("tbody").close("table");
            }
            if (!report.changes().isEmpty()) {
                html.element("h3", text("pack.review.report.changes-title"));
                html.open("ul");
                for (ChangeSummary change : report.changes()) {
                    html.element(
                            "li",
                            text(
                                    change.published()
                                            ? "pack.review.report.change-published"
                                            : "pack.review.report.change-recorded",
                                    change.whatChanged(),
                                    change.actionLabel(),
                                    DAY.format(change.changedOn())));
                }
                html.close("ul");
            }
            html.close("section");
            easyRead();
        }

        private void easyRead() {
            html.open("section", "class", "easy-read");
            html.element("h2", text("pack.review.easy.title"));
            html.element("p", text("pack.review.easy.what", review.serviceName(), period(review)));
            html.element("p", text("pack.review.easy.people", report.people().format(fewer)));
            html.element("h3", text("pack.review.easy.said-title"));
            for (ReviewReport.CharterLine line : report.charter()) {
                String now = line.firstAnswered().none()
                        ? text("pack.review.easy.nobody", line.position(), line.title())
                        : text(
                                "pack.review.easy.share",
                                line.position(),
                                line.title(),
                                line.first().formatPercent(fewer, none));
                if (line.second() != null && !line.secondAnswered().none()) {
                    now += " "
                            + text("pack.review.easy.last-time", line.second().formatPercent(fewer, none));
                }
                html.element("p", now);
            }
            if (!report.questions().isEmpty()) {
                html.element("h3", text("pack.review.easy.questions-title"));
                for (ReviewReport.QuestionResult result : report.questions()) {
                    result.byAudience()
                            .keySet()
                            .forEach(audience -> html.element(
                                    "p",
                                    AskedWords.easyRead(
                                            result, audience, fewer, none, ReviewReportDocument.this::text)));
                }
            }
            html.element("h3", text("pack.review.easy.do-title"));
            if (report.actions().isEmpty()) {
                html.element("p", text("pack.review.easy.do-none"));
            } else {
                html.open("ul");
                report.actions().forEach(a -> html.element("li", a.title()));
                html.close("ul");
            }
            html.close("section");
        }

        private String score(Share share, Count answered) {
            if (answered.none()) {
                return text("pack.review.report.no-answers");
            }
            return text("pack.review.report.score", share.formatPercent(fewer, none), answered.format(fewer));
        }

        private String value(DatedValue value, ReviewReport.IndicatorLine line) {
            String unit =
                    line.indicator().unit() == null ? "" : line.indicator().unit();
            return value.value().stripTrailingZeros().toPlainString() + unit + " (" + DAY.format(value.asOf()) + ")";
        }

        private void fact(String label, String value) {
            html.open("tr")
                    .element("th", label, "scope", "row")
                    .element("td", value)
                    .close("tr");
        }

        private void head(String... headers) {
            html.open("table").open("thead").open("tr");
            for (String header : headers) {
                html.element("th", header, "scope", "col");
            }
            html.close("tr").close("thead").open("tbody");
        }

        private void row(String first, String... cells) {
            html.open("tr").element("th", first, "scope", "row");
            for (String cell : cells) {
                html.element("td", cell);
            }
            html.close("tr");
        }
    }

    String period(ReviewSummary review) {
        return text("pack.review.report.period-value", DAY.format(review.opensOn()), DAY.format(review.closesOn()));
    }
}
