package uk.coproduction.portal.packs;

import org.jfree.chart.JFreeChart;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.packs.PackData.ActivityLine;
import uk.coproduction.portal.packs.PackData.ChangeLine;
import uk.coproduction.portal.packs.PackData.Expectation;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.reporting.SmallNumbers.Count;
import uk.coproduction.portal.reporting.SmallNumbers.Share;
import uk.coproduction.portal.reporting.charts.ChartSvg;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays a pack out as a tagged PDF (PDF/UA-1): the pack is written as XHTML, one method per section, and
 * openhtmltopdf renders it with its accessibility mode on, which gives the structure tree (headings, paragraphs,
 * lists, tables with header cells, figures with alternative text) in reading order, the document title shown instead
 * of the file name, the language (en-GB) and the PDF/UA identifier in the XMP metadata, and marks the running footer
 * as an artifact. Fonts for every script residents write are embedded as subsets ({@link PackFonts}); Arabic and
 * Hebrew are shaped and ordered by ICU4J. A character no font can draw prints as a marker and the pack says how many
 * there were ({@link PrintedText}). All text comes from the translations (English; the Easy Read page from
 * {@code pack.easyread.} keys). Decisions 0013 and 0034.
 */
final class PackDocument {

    /** A translation in English. */
    @FunctionalInterface
    interface Text {
        String get(String key, Object... args);
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** The width of the text on an A4 page with the pack's margins, in points. */
    private static final int CONTENT_WIDTH = 495;

    private final Text text;
    private final List<Path> fontDirectories;

    PackDocument(Text text, List<Path> fontDirectories) {
        this.text = text;
        this.fontDirectories = List.copyOf(fontDirectories);
    }

    String text(String key, Object... args) {
        return text.get(key, args);
    }

    EvidencePack render(PackData data) {
        PackFonts fonts = PackFonts.in(fontDirectories);
        PrintedText printed = new PrintedText(fonts);
        String title = printed.of(text(
                "pack.title." + data.request().kind().name(),
                PrintableText.of(data.subject()),
                data.reported().toString()));
        String html = new Writer(data, printed).write(title, fonts);
        TaggedLayout.Laid laid = TaggedLayout.lay(html, fonts.faces(printed.families()), "The evidence pack");
        return new EvidencePack(title, fileName(data), laid.pdf(), laid.pages());
    }

    private static String fileName(PackData data) {
        String subject = data.subject()
                .toLowerCase(Locale.UK)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "evidence-pack-" + subject + "-" + data.reported() + ".pdf";
    }

    /** Writes one pack's sections in order: one method per section, so a section is added in one place. */
    private final class Writer {
        private final PackData data;
        private final PrintedText printed;
        private final String fewer;
        private final List<Bookmark> bookmarks = new ArrayList<>();
        private PackHtml html;

        private record Bookmark(String id, String words, List<Bookmark> children) {}

        Writer(PackData data, PrintedText printed) {
            this.data = data;
            this.printed = printed;
            this.fewer = text("evidence.fewer-than-5");
        }

        String write(String title, PackFonts fonts) {
            html = new PackHtml(printed);
            html.open("section", "class", "part");
            titlePage(title);
            statements();
            // A section with nothing to show is left out; statements() has said why (decision 0035).
            if (data.shows(PackData.Section.CHARTER)) {
                charter();
            }
            if (data.shows(PackData.Section.INDICATORS)) {
                indicators();
            }
            if (data.shows(PackData.Section.REVIEWS)) {
                reviews();
            }
            if (data.shows(PackData.Section.THEMES)) {
                themes();
            }
            if (data.shows(PackData.Section.QUOTES)) {
                quotes();
            }
            if (data.shows(PackData.Section.ACTIVITIES)) {
                activities();
            }
            if (data.shows(PackData.Section.ACTIONS)) {
                actionsAndChanges();
            }
            if (data.shows(PackData.Section.REPLIES)) {
                replies();
            }
            if (data.shows(PackData.Section.REPRESENTATION)) {
                representation();
            }
            html.close("section");
            PackHtml body = html;
            html = new PackHtml(printed);
            easyRead();
            PackHtml easy = html;
            html = new PackHtml(printed);
            unprintable();
            PackHtml note = html;

            StringBuilder page = new StringBuilder(body.length() + easy.length() + 4096);
            page.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xml:lang=\"en-GB\"><head><meta charset=\"UTF-8\"/>");
            page.append("<title>").append(PackHtml.escape(title)).append("</title>");
            meta(page, "subject", text("pack.metadata.subject"));
            meta(page, "author", data.generatedBy());
            meta(page, "creator", text("pack.metadata.creator"));
            page.append("<style>")
                    .append(PackStyle.css(fonts.families(printed.families()), title, text("pack.footer.page")))
                    .append("</style>");
            page.append("<bookmarks>");
            bookmarks.forEach(b -> bookmark(page, b));
            page.append("</bookmarks></head><body>");
            page.append(body).append(note).append(easy);
            page.append("</body></html>");
            return page.toString();
        }

        private void meta(StringBuilder page, String name, String content) {
            page.append("<meta name=\"")
                    .append(name)
                    .append("\" content=\"")
                    .append(PackHtml.escape(printed.again(content)))
                    .append("\"/>");
        }

        private void bookmark(StringBuilder page, Bookmark bookmark) {
            page.append("<bookmark name=\"")
                    .append(PackHtml.escape(bookmark.words()))
                    .append("\" href=\"#")
                    .append(bookmark.id())
                    .append("\">");
            bookmark.children().forEach(child -> bookmark(page, child));
            page.append("</bookmark>");
        }

        // ---- title page

        private void titlePage(String title) {
            html.element("h1", title, "id", "pack-title");
            bookmarks.add(new Bookmark("pack-title", title, new ArrayList<>()));
            if (data.statements().tooLittleEvidence() != null) {
                tooLittleEvidence();
            }
            List<Quarter> quarters = data.quarters();
            String period = data.request().kind() == PackRequest.Kind.QUARTER
                    ? text(
                            "pack.cover.period.quarter",
                            data.reported().toString(),
                            quarters.getFirst().toString())
                    : text(
                            "pack.cover.period",
                            quarters.getFirst().toString(),
                            data.reported().toString());
            html.open("table", "class", "facts").open("tbody");
            fact(
                    text("pack.cover.what"),
                    text("pack.cover.kind." + data.request().kind().name(), PrintableText.of(data.subject())));
            fact(text("pack.cover.period-label"), period);
            fact(
                    text("pack.cover.made"),
                    text("pack.cover.made-value", WHEN.format(data.generatedAt().atZone(LONDON)), data.generatedBy()));
            fact(text("pack.cover.respondents"), data.respondents().format(fewer));
            html.close("tbody").close("table");
            coverHeading(text("pack.cover.how-to-read"));
            for (String key :
                    List.of("pack.cover.note.suppression", "pack.cover.note.quotes", "pack.cover.note.print")) {
                para(text(key));
            }
            coverHeading(text("pack.cover.contents"));
            List<String> contents = new ArrayList<>();
            contents.add(text("pack.statement.title"));
            for (PackData.Section section : PackData.Section.values()) {
                if (data.shows(section)) {
                    contents.add(text("pack." + section.name().toLowerCase(Locale.ROOT) + ".title"));
                }
            }
            contents.add(text("pack.easyread.title"));
            list(contents);
        }

        // ---- what the pack says about itself: too little evidence, period, scope, rules, hidden figures, left out

        private void statements() {
            h2(text("pack.statement.title"));
            labelled(
                    text("pack.statement.period-label"),
                    data.statements().period().words());
            labelled(
                    text("pack.statement.scope-label"),
                    data.statements().scope().words());
            h3(text("pack.statement.rules-title"));
            list(data.statements().rules().stream()
                    .map(PackData.Statement::words)
                    .toList());
            h3(text("pack.statement.hidden-title"));
            list(data.statements().suppressed().stream()
                    .map(PackData.Statement::words)
                    .toList());
            if (!data.statements().leftOut().isEmpty()) {
                h3(text("pack.statement.left-out-title"));
                list(data.statements().leftOut().values().stream()
                        .map(PackData.Statement::words)
                        .toList());
            }
        }

        /** A paragraph that starts with its label (one run of text, so it reads and copies as "Label: words"). */
        private void labelled(String label, String words) {
            html.element("p", label + ": " + PrintableText.of(words));
        }

        private void tooLittleEvidence() {
            coverHeading(data.statements().tooLittleEvidence().words());
            para(text("pack.statement.suggest-intro"));
            list(data.statements().suggestions().stream()
                    .map(PackData.Statement::words)
                    .toList());
        }

        // ---- outcome indicators beside the voices, with their trend (decision 0037)

        private void indicators() {
            h2(text("pack.indicators.title"));
            para(text("pack.indicators.intro"));
            tableHead(
                    text("outcomes.column.indicator"),
                    text("outcomes.column.latest"),
                    text("outcomes.column.target"),
                    text("outcomes.column.status"),
                    text("pack.indicators.trend"));
            for (PackData.IndicatorLine line : data.indicators()) {
                html.open("tr").element("th", line.code() + " " + line.title(), "scope", "row");
                html.element(
                        "td",
                        line.latest() == null
                                ? text("outcomes.status.NO_VALUE_YET")
                                : text(
                                        "pack.indicators.latest",
                                        number(line.latest(), line.unit()),
                                        line.latestPeriod()));
                html.element(
                        "td",
                        line.target() == null
                                ? text("outcomes.target.none")
                                : text(
                                        "outcomes.target." + line.direction().name(),
                                        number(line.target(), line.unit())));
                html.element("td", text("outcomes.status." + line.status().name()));
                html.element("td", line.trend() == null ? text("pack.indicators.no-trend") : line.trend());
                html.close("tr");
            }
            html.close("tbody").close("table");
        }

        /** The reviews of the pack's services in its period (issue 21), each with its headline figures. */
        private void reviews() {
            h2(text("pack.reviews.title"));
            para(text("pack.reviews.intro"));
            tableHead(
                    text("pack.reviews.column.review"),
                    text("pack.reviews.column.period"),
                    text("pack.reviews.column.people"),
                    text("pack.reviews.column.positive"));
            for (PackData.ReviewLine review : data.reviews()) {
                html.open("tr")
                        .element(
                                "th",
                                text(
                                        "pack.reviews.row",
                                        review.title(),
                                        review.service(),
                                        text("pack.review.kind." + review.kind())),
                                "scope",
                                "row");
                html.element(
                        "td",
                        text(
                                "pack.review.report.period-value",
                                DAY.format(review.opensOn()),
                                DAY.format(review.closesOn())));
                html.element("td", review.people().format(fewer));
                html.element("td", review.positive().formatPercent(fewer, text("pack.review.report.none")));
                html.close("tr");
            }
            html.close("tbody").close("table");
        }

        private String number(BigDecimal value, String unit) {
            String plain = value.stripTrailingZeros().toPlainString();
            return unit == null || unit.isBlank() ? plain : plain + " " + unit;
        }

        /** A heading of the title page: the level under the title (PDF/UA skips no level), set smaller. */
        private void coverHeading(String words) {
            html.element("h2", words, "class", "cover");
        }

        private void fact(String label, String value) {
            html.open("tr")
                    .element("th", label, "scope", "row")
                    .element("td", value)
                    .close("tr");
        }

        // ---- charter scores

        private void charter() {
            h2(text("pack.charter.title"));
            para(text("pack.charter.intro"));
            if (data.request().kind() == PackRequest.Kind.PLAN) {
                charterByService();
                return;
            }
            if (data.overall().isEmpty()) {
                para(text("pack.charter.none"));
                return;
            }
            h3(
                    data.request().kind() == PackRequest.Kind.QUARTER
                            ? text(
                                    "pack.charter.overall.quarter",
                                    data.reported().toString())
                            : text(
                                    "pack.charter.overall",
                                    data.quarters().getFirst().toString(),
                                    data.reported().toString()));
            List<PackCharts.Bar> bars = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (Expectation expectation : data.expectations()) {
                Optional<Score> score = find(data.overall(), "ALL", expectation.position());
                String label = expectation.position() + ". " + expectation.title();
                if (score.isEmpty()) {
                    rows.add(List.of(
                            label, "0", text("pack.none"), text("pack.none"), text("pack.none"), text("pack.none")));
                    bars.add(new PackCharts.Bar(label + " (" + text("pack.none") + ")", null));
                    continue;
                }
                Score s = score.get();
                List<String> row = new ArrayList<>(List.of(label, s.answered().format(fewer)));
                for (Tone tone : Tone.values()) {
                    row.add(percent(s.share(tone)));
                }
                row.add(s.notSure().format(fewer));
                rows.add(row);
                OptionalDouble positive = s.share(Tone.POSITIVE).shown();
                bars.add(new PackCharts.Bar(
                        positive.isPresent() ? label : label + " (" + percent(s.share(Tone.POSITIVE)) + ")",
                        positive.isPresent() ? positive.getAsDouble() : null));
            }
            chart(PackCharts.shares(text("pack.charter.chart.axis"), bars), 200, alternative(bars));
            para(text("pack.charter.chart.summary", summary(bars)));
            table(
                    List.of(
                            text("pack.charter.column.expectation"),
                            text("pack.charter.column.answers"),
                            text("pack.charter.column.positive"),
                            text("pack.charter.column.neutral"),
                            text("pack.charter.column.negative"),
                            text("pack.charter.column.not-sure")),
                    rows);
            trend();
            comparison();
        }

        /** What the chart shows, with its numbers, for a screen reader (the figure's alternative text). */
        private String alternative(List<PackCharts.Bar> bars) {
            return text("pack.charter.chart.alt") + " "
                    + bars.stream()
                            .map(bar -> bar.share() == null
                                    ? bar.label()
                                    : bar.label() + ": " + Math.round(bar.share() * 100) + "%")
                            .collect(Collectors.joining("; "))
                    + ".";
        }

        private String summary(List<PackCharts.Bar> bars) {
            return bars.stream()
                    .filter(b -> b.share() != null)
                    .max(Comparator.comparingDouble(PackCharts.Bar::share))
                    .map(best -> {
                        PackCharts.Bar worst = bars.stream()
                                .filter(b -> b.share() != null)
                                .min(Comparator.comparingDouble(PackCharts.Bar::share))
                                .orElseThrow();
                        if (worst == best) {
                            return text("pack.charter.chart.only", best.label(), Math.round(best.share() * 100));
                        }
                        return text(
                                "pack.charter.chart.best-worst",
                                best.label(),
                                Math.round(best.share() * 100),
                                worst.label(),
                                Math.round(worst.share() * 100));
                    })
                    .orElse(text("pack.charter.chart.nothing"));
        }

        private void trend() {
            h3(text("pack.charter.trend"));
            para(text("pack.charter.trend.intro"));
            List<Quarter> quarters = data.quarters();
            List<String> headers = new ArrayList<>();
            headers.add(text("pack.charter.column.expectation"));
            quarters.forEach(q -> headers.add(q.toString()));
            List<List<String>> rows = new ArrayList<>();
            for (Expectation expectation : data.expectations()) {
                List<String> row = new ArrayList<>();
                row.add(expectation.position() + ". " + expectation.title());
                for (Quarter quarter : quarters) {
                    row.add(find(data.byQuarter(), quarter.toString(), expectation.position())
                            .map(s -> percent(s.share(Tone.POSITIVE)))
                            .orElse(text("pack.none")));
                }
                rows.add(row);
            }
            table(headers, rows);
        }

        private void comparison() {
            Quarter last = data.reported();
            Quarter previous = last.previous();
            h3(text("pack.charter.compare", last.toString(), previous.toString()));
            List<List<String>> rows = new ArrayList<>();
            for (Expectation expectation : data.expectations()) {
                Optional<Share> before = find(data.byQuarter(), previous.toString(), expectation.position())
                        .map(s -> s.share(Tone.POSITIVE));
                Optional<Share> now = find(data.byQuarter(), last.toString(), expectation.position())
                        .map(s -> s.share(Tone.POSITIVE));
                rows.add(List.of(
                        expectation.position() + ". " + expectation.title(),
                        before.map(this::percent).orElse(text("pack.none")),
                        now.map(this::percent).orElse(text("pack.none")),
                        change(before, now)));
            }
            table(
                    List.of(
                            text("pack.charter.column.expectation"),
                            previous.toString(),
                            last.toString(),
                            text("pack.charter.column.change")),
                    rows);
        }

        private String change(Optional<Share> before, Optional<Share> now) {
            OptionalDouble a = before.map(Share::shown).orElse(OptionalDouble.empty());
            OptionalDouble b = now.map(Share::shown).orElse(OptionalDouble.empty());
            if (a.isEmpty() || b.isEmpty()) {
                return text("pack.charter.change.none");
            }
            long points = Math.round(b.getAsDouble() * 100) - Math.round(a.getAsDouble() * 100);
            return points == 0
                    ? text("pack.charter.change.same")
                    : points > 0 ? text("pack.charter.change.up", points) : text("pack.charter.change.down", -points);
        }

        private void charterByService() {
            h3(text(
                    "pack.charter.by-service",
                    data.quarters().getFirst().toString(),
                    data.reported().toString()));
            if (data.serviceNames().isEmpty()) {
                para(text("pack.charter.none"));
                return;
            }
            List<String> headers = new ArrayList<>();
            headers.add(text("pack.charter.column.service"));
            data.expectations().forEach(e -> headers.add(String.valueOf(e.position())));
            List<List<String>> rows = new ArrayList<>();
            for (Map.Entry<String, String> service : data.serviceNames().entrySet()) {
                List<String> row = new ArrayList<>();
                row.add(service.getValue());
                for (Expectation expectation : data.expectations()) {
                    row.add(find(data.byService(), service.getKey(), expectation.position())
                            .map(s -> percent(s.share(Tone.POSITIVE)))
                            .orElse(text("pack.none")));
                }
                rows.add(row);
            }
            table(headers, rows);
            StringBuilder key = new StringBuilder();
            data.expectations()
                    .forEach(e -> key.append(e.position())
                            .append(". ")
                            .append(e.title())
                            .append("   "));
            para(text("pack.charter.by-service.key", key.toString().strip()));
        }

        private Optional<Score> find(List<Score> scores, String key, int position) {
            return scores.stream()
                    .filter(s -> key.equals(s.key()) && s.position() == position)
                    .findFirst();
        }

        // ---- themes, quotes

        private void themes() {
            h2(text("pack.themes.title"));
            if (data.themes().isEmpty()) {
                para(text("pack.themes.none"));
                return;
            }
            para(text("pack.themes.intro"));
            table(
                    List.of(text("pack.themes.column.theme"), text("pack.themes.column.items")),
                    data.themes().stream()
                            .map(t -> List.of(t.theme(), t.items().format(fewer)))
                            .toList());
        }

        private void quotes() {
            h2(text("pack.quotes.title"));
            if (data.quotes().isEmpty()) {
                para(text("pack.quotes.none"));
                return;
            }
            para(text("pack.quotes.intro"));
            for (PackData.QuoteLine quote : data.quotes()) {
                // A quote in a right-to-left script reads right to left; the quote marks follow its direction.
                html.open("blockquote")
                        .open("p", "dir", "auto")
                        .text("\u201C" + quote.text() + "\u201D")
                        .close("p")
                        .close("blockquote");
                String group = text("group." + quote.group());
                html.element(
                        "p",
                        "\u2014 " + (quote.advocateSummary() ? text("pack.quotes.advocate-summary", group) : group),
                        "class",
                        "who");
            }
        }

        // ---- activities

        private void activities() {
            h2(text("pack.activities.title"));
            if (data.activities().isEmpty()) {
                para(text("pack.activities.none"));
                return;
            }
            para(text("pack.activities.intro"));
            tableHead(
                    text("pack.activities.column.activity"),
                    text("pack.activities.column.stage"),
                    text("pack.activities.column.people"),
                    text("activity.lundy.space"),
                    text("activity.lundy.voice"),
                    text("activity.lundy.audience"),
                    text("activity.lundy.influence"));
            for (ActivityLine activity : data.activities()) {
                html.open("tr")
                        .open("th", "scope", "row")
                        .element("strong", activity.title())
                        .lineBreak()
                        .text(text("activity.kind." + activity.kind()) + ", " + DAY.format(activity.heldOn()));
                if (activity.whatChanged() != null && !activity.whatChanged().isBlank()) {
                    html.lineBreak().text(text("pack.activities.changed", PrintableText.of(activity.whatChanged())));
                }
                html.close("th");
                for (String cell : List.of(
                        text("workspace.stage." + activity.stage()),
                        activity.participants().format(fewer),
                        lundy(activity.space()),
                        lundy(activity.voice()),
                        lundy(activity.audience()),
                        lundy(activity.influence()))) {
                    html.element("td", cell);
                }
                html.close("tr");
            }
            html.close("tbody").close("table");
        }

        private String lundy(String answer) {
            return answer == null ? text("pack.activities.not-checked") : text("activity.lundy.answer." + answer);
        }

        // ---- actions and changes

        private void actionsAndChanges() {
            h2(text("pack.actions.title"));
            if (data.actions().isEmpty()) {
                para(text("pack.actions.none"));
            } else {
                para(text("pack.actions.intro"));
                table(
                        List.of(
                                text("pack.actions.column.action"),
                                text("pack.actions.column.title"),
                                text("pack.actions.column.status"),
                                text("pack.actions.column.linked")),
                        data.actions().stream()
                                .map(action -> List.of(
                                        action.label(),
                                        action.title(),
                                        text("workspace.plan.status." + action.status()),
                                        action.linkedFeedback().format(fewer)))
                                .toList());
            }
            h3(text("pack.changes.title"));
            if (data.changes().isEmpty()) {
                para(text("pack.changes.none"));
                return;
            }
            tableHead(
                    text("pack.changes.column.date"),
                    text("pack.changes.column.action"),
                    text("pack.changes.column.what"),
                    text("pack.changes.column.service"));
            for (ChangeLine change : data.changes()) {
                html.open("tr")
                        .element("th", DAY.format(change.changedOn()), "scope", "row")
                        .element("td", change.action())
                        .open("td")
                        .text(change.whatChanged())
                        .lineBreak()
                        .text(text("pack.changes.done-by", change.doneBy()))
                        .close("td")
                        .element("td", change.service() == null ? text("pack.changes.no-service") : change.service())
                        .close("tr");
            }
            html.close("tbody").close("table");
        }

        // ---- replies

        private void replies() {
            h2(text("pack.replies.title"));
            para(text("pack.replies.intro"));
            if (data.figures().isEmpty()) {
                para(text("pack.replies.none"));
                return;
            }
            table(
                    List.of(
                            text("pack.replies.column.service"),
                            text("pack.replies.column.items"),
                            text("pack.replies.column.replied"),
                            text("pack.replies.column.loop"),
                            text("pack.replies.column.days")),
                    data.figures().stream()
                            .map(f -> List.of(
                                    f.service(),
                                    f.items().format(fewer),
                                    percent(f.replied()),
                                    percent(f.loopClosed()),
                                    f.medianShown()
                                            ? String.valueOf(Math.round(f.medianDaysToReply()))
                                            : f.replies().value() == 0 ? text("pack.none") : fewer))
                            .toList());
        }

        // ---- representation

        private void representation() {
            h2(text("pack.representation.title"));
            para(text("pack.representation.intro"));
            breakdown(text("pack.representation.group"), data.byGroup(), key -> text("group." + key));
            breakdown(
                    text("pack.representation.age"),
                    data.byAgeBand(),
                    key -> "NONE".equals(key) ? text("pack.representation.age.none") : text("age." + key));
            breakdown(
                    text("pack.representation.area"),
                    data.byArea(),
                    key -> key.isEmpty() ? text("pack.representation.area.none") : key);
        }

        private void breakdown(String heading, Map<String, Count> counts, Function<String, String> label) {
            h3(heading);
            if (counts.isEmpty()) {
                para(text("pack.representation.none"));
                return;
            }
            table(
                    List.of(heading, text("pack.representation.column.people")),
                    counts.entrySet().stream()
                            .map(e -> List.of(
                                    label.apply(e.getKey()), e.getValue().format(fewer)))
                            .toList());
        }

        // ---- characters that could not be printed

        /** Said once, after everything else was written, so the count covers the whole pack but this note. */
        private void unprintable() {
            int count = printed.unprintable();
            if (count > 0) {
                html.element("p", text("pack.unprintable", count, PrintedText.MARKER), "class", "unprintable");
            }
        }

        // ---- Easy Read summary

        private void easyRead() {
            html.open("section", "class", "easy-read");
            html.element("h2", text("pack.easyread.title"), "id", "easy-read");
            bookmarks.add(new Bookmark("easy-read", text("pack.easyread.title"), List.of()));
            easy(text("pack.easyread.about", PrintableText.of(data.subject())));
            Quarter first = data.request().kind() == PackRequest.Kind.QUARTER
                    ? data.reported()
                    : data.quarters().getFirst();
            easy(text(
                    "pack.easyread.when",
                    MONTH.format(first.start()),
                    MONTH.format(data.reported().endExclusive().minusDays(1))));
            easy(
                    data.respondents().shown().isPresent()
                            ? text(
                                    "pack.easyread.people",
                                    data.respondents().shown().getAsLong())
                            : text("pack.easyread.people-few"));
            easyStatements();

            html.element("h3", text("pack.easyread.heard"));
            List<Score> shown = data.overall().stream()
                    .filter(s -> s.share(Tone.POSITIVE).shown().isPresent())
                    .toList();
            if (data.request().kind() == PackRequest.Kind.PLAN) {
                // A plan's scores are per service (page 2); one "best question" across services would mislead.
            } else if (shown.isEmpty()) {
                easy(text("pack.easyread.too-few"));
            } else {
                Score best = shown.stream()
                        .max(Comparator.comparingDouble(
                                s -> s.share(Tone.POSITIVE).shown().getAsDouble()))
                        .orElseThrow();
                Score worst = shown.stream()
                        .min(Comparator.comparingDouble(
                                s -> s.share(Tone.POSITIVE).shown().getAsDouble()))
                        .orElseThrow();
                easy(text("pack.easyread.best"));
                easyQuestion(best);
                if (worst != best) {
                    easy(text("pack.easyread.worst"));
                    easyQuestion(worst);
                }
            }
            data.themes().stream()
                    .filter(t -> t.items().shown().isPresent())
                    .findFirst()
                    .ifPresent(theme -> easy(text("pack.easyread.themes", theme.theme())));

            html.element("h3", text("pack.easyread.changed"));
            List<String> easyChanges = data.changes().stream()
                    .map(ChangeLine::easyRead)
                    .filter(words -> words != null && !words.isBlank())
                    .map(String::strip)
                    .limit(3)
                    .toList();
            if (!easyChanges.isEmpty()) {
                list(easyChanges);
            } else if (!data.changes().isEmpty()) {
                Count changes = SmallNumbers.count(data.changes().size());
                easy(
                        changes.shown().isPresent()
                                ? text("pack.easyread.changes", changes.shown().getAsLong())
                                : text("pack.easyread.changes-few"));
            } else {
                easy(text("pack.easyread.no-changes"));
            }
            html.element("h3", text("pack.easyread.next-heading"));
            easy(text("pack.easyread.next"));
            easy(text("pack.easyread.more"));
            html.close("section");
        }

        /** The pack's statements in Easy Read words: too little evidence, scope, who counts, what is hidden. */
        private void easyStatements() {
            if (data.statements().tooLittleEvidence() != null) {
                easy(data.statements().tooLittleEvidence().easyRead());
                list(data.statements().suggestions().stream()
                        .map(PackData.Statement::easyRead)
                        .toList());
            }
            // The period is already said above ("It covers ..."); the scope says what kind of pack it is.
            easy(data.statements().scope().easyRead());
            html.element("h3", text("pack.easyread.statement.rules-title"));
            list(data.statements().rules().stream()
                    .map(PackData.Statement::easyRead)
                    .toList());
            data.statements().suppressed().stream()
                    .map(PackData.Statement::easyRead)
                    .distinct()
                    .forEach(this::easy);
        }

        private void easyQuestion(Score score) {
            html.element("p", text("charter." + score.position() + ".question.easy-read"), "class", "question");
            long inTen = Math.round(score.share(Tone.POSITIVE).shown().getAsDouble() * 10);
            html.element("p", text("pack.easyread.in-ten", inTen), "class", "share");
        }

        private void easy(String words) {
            html.element("p", words);
        }

        // ---- building blocks

        private String percent(Share share) {
            return share.formatPercent(fewer, text("pack.none"));
        }

        private void h2(String words) {
            String id = "section-" + (bookmarks.size() + 1);
            html.element("h2", words, "id", id);
            bookmarks.add(new Bookmark(id, printed.again(words), new ArrayList<>()));
        }

        private void h3(String words) {
            Bookmark section = bookmarks.getLast();
            String id = section.id() + "-" + (section.children().size() + 1);
            html.element("h3", words, "id", id);
            section.children().add(new Bookmark(id, printed.again(words), List.of()));
        }

        private void para(String words) {
            html.element("p", words);
        }

        private void list(List<String> items) {
            html.open("ul");
            items.forEach(item -> html.element("li", item));
            html.close("ul");
        }

        /** A table whose first row holds the column headers and whose first column names each row. */
        private void table(List<String> headers, List<List<String>> rows) {
            tableHead(headers.toArray(String[]::new));
            for (List<String> row : rows) {
                html.open("tr").element("th", row.getFirst(), "scope", "row");
                row.subList(1, row.size()).forEach(cell -> html.element("td", cell));
                html.close("tr");
            }
            html.close("tbody").close("table");
        }

        /** Opens a table with its header row; the caller adds the rows and closes tbody and table. */
        private void tableHead(String... headers) {
            html.open("table").open("thead").open("tr");
            for (String header : headers) {
                html.element("th", header, "scope", "col");
            }
            html.close("tr").close("thead").open("tbody");
        }

        private void chart(JFreeChart chart, int height, String alternative) {
            String words = printed.of(alternative);
            String svg = ChartSvg.render(chart, CONTENT_WIDTH, height, words);
            // The renderer sizes an inline drawing from its own width and height; "alt" is the figure's alternative
            // text in the PDF's structure tree.
            svg = svg.replaceFirst(
                    "<svg ",
                    "<svg width=\"" + CONTENT_WIDTH + "pt\" height=\"" + height + "pt\" alt=\"" + PackHtml.escape(words)
                            + "\" ");
            html.open("div", "class", "chart").markup(svg).close("div");
        }
    }
}
