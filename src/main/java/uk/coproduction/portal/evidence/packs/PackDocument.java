package uk.coproduction.portal.evidence.packs;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGraphics2D;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import uk.coproduction.portal.evidence.CharterScores.Score;
import uk.coproduction.portal.evidence.CharterScores.Tone;
import uk.coproduction.portal.evidence.SmallNumbers;
import uk.coproduction.portal.evidence.SmallNumbers.Count;
import uk.coproduction.portal.evidence.SmallNumbers.Share;
import uk.coproduction.portal.evidence.packs.PackData.ActivityLine;
import uk.coproduction.portal.evidence.packs.PackData.ChangeLine;
import uk.coproduction.portal.evidence.packs.PackData.Expectation;
import uk.coproduction.portal.frontline.Quarter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Lays a pack out as a PDF with OpenPDF: A4, black text on white, grey only for table headers and bars (every value
 * is also printed as text), headings bookmarked, table headers repeated on each page, "Page n of m" on every page,
 * the document title and language in the PDF's metadata, and an Easy Read summary page at the end (16 pt and up).
 * All text comes from the translations (English; the Easy Read page from {@code pack.easyread.} keys).
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
    private static final Color HEADER_FILL = new Color(0xE3, 0xE3, 0xE3);
    private static final Color RULE = new Color(0x70, 0x70, 0x70);

    private static final Font TITLE = new Font(Font.HELVETICA, 24, Font.BOLD, Color.BLACK);
    private static final Font H1 = new Font(Font.HELVETICA, 16, Font.BOLD, Color.BLACK);
    private static final Font H2 = new Font(Font.HELVETICA, 12.5f, Font.BOLD, Color.BLACK);
    private static final Font BODY = new Font(Font.HELVETICA, 10.5f, Font.NORMAL, Color.BLACK);
    private static final Font BODY_BOLD = new Font(Font.HELVETICA, 10.5f, Font.BOLD, Color.BLACK);
    private static final Font QUOTE = new Font(Font.HELVETICA, 11, Font.ITALIC, Color.BLACK);
    private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.BLACK);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD, Color.BLACK);
    private static final Font EASY_TITLE = new Font(Font.HELVETICA, 26, Font.BOLD, Color.BLACK);
    private static final Font EASY_HEADING = new Font(Font.HELVETICA, 20, Font.BOLD, Color.BLACK);
    private static final Font EASY = new Font(Font.HELVETICA, 16, Font.NORMAL, Color.BLACK);
    private static final Font EASY_BOLD = new Font(Font.HELVETICA, 16, Font.BOLD, Color.BLACK);

    private final Text text;

    PackDocument(Text text) {
        this.text = text;
    }

    String text(String key, Object... args) {
        return text.get(key, args);
    }

    EvidencePack render(PackData data) {
        String title = text("pack.title." + data.request().kind().name(), PrintableText.of(data.subject()),
                data.reported().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 54, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            Footer footer = new Footer(text("pack.footer.page"), title);
            writer.setPageEvent(footer);
            document.addTitle(title);
            document.addSubject(text("pack.metadata.subject"));
            document.addAuthor(data.generatedBy());
            document.addCreator(text("pack.metadata.creator"));
            document.addCreationDate();
            document.open();
            writer.getExtraCatalog().put(org.openpdf.text.pdf.PdfName.LANG, new org.openpdf.text.pdf.PdfString("en-GB"));
            new Writer(data, document, writer).write(title);
            document.close();
            return new EvidencePack(title, fileName(data), out.toByteArray(), footer.pages);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The evidence pack could not be laid out", e);
        }
    }

    private static String fileName(PackData data) {
        String subject = data.subject().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "evidence-pack-" + subject + "-" + data.reported() + ".pdf";
    }

    /** "Page n of m" and the pack's title at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String pageText;
        private final String title;
        private final BaseFont font;
        private PdfTemplate total;
        private int pages;

        Footer(String pageText, String title) throws IOException {
            this.pageText = pageText;
            this.title = title;
            this.font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 28;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), y + 14);
            canvas.lineTo(document.right(), y + 14);
            canvas.stroke();
            String page = pageText + " " + writer.getPageNumber() + " / ";
            float width = font.getWidthPoint(page, 9) + font.getWidthPoint("000", 9);
            float x = document.right() - width;
            canvas.beginText();
            canvas.setColorFill(Color.BLACK);
            canvas.setFontAndSize(font, 9);
            canvas.setTextMatrix(document.left(), y);
            canvas.showText(shorten(title, document.right() - document.left() - width - 20));
            canvas.setTextMatrix(x, y);
            canvas.showText(page);
            canvas.endText();
            canvas.addTemplate(total, x + font.getWidthPoint(page, 9), y);
            canvas.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            pages = writer.getPageNumber() - 1;
            total.beginText();
            total.setFontAndSize(font, 9);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(pages));
            total.endText();
        }

        private String shorten(String line, float room) {
            String shown = line;
            while (shown.length() > 10 && font.getWidthPoint(shown, 9) > room) {
                shown = shown.substring(0, shown.length() - 2);
            }
            return shown.equals(line) ? line : shown.strip() + "\u2026";
        }
    }

    /** Writes one pack's sections in order. */
    private final class Writer {
        private final PackData data;
        private final Document document;
        private final PdfWriter writer;
        private final String fewer;
        private PdfOutline section;
        private int destinations;

        Writer(PackData data, Document document, PdfWriter writer) {
            this.data = data;
            this.document = document;
            this.writer = writer;
            this.fewer = text("evidence.fewer-than-5");
        }

        void write(String title) throws DocumentException {
            titlePage(title);
            statements();
            // A section with nothing to show is left out; statements() has said why (decision 0035).
            if (data.shows(PackData.Section.CHARTER)) {
                charter();
            }
            if (data.shows(PackData.Section.INDICATORS)) {
                indicators();
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
            easyRead();
        }

        // ---- what the pack says about itself: too little evidence, period, scope, rules, hidden figures, left out

        private void statements() throws DocumentException {
            h1(text("pack.statement.title"));
            fact(text("pack.statement.period-label"), data.statements().period().words());
            fact(text("pack.statement.scope-label"), data.statements().scope().words());
            h2(text("pack.statement.rules-title"));
            data.statements().rules().forEach(rule -> para("\u2022 " + rule.words()));
            h2(text("pack.statement.hidden-title"));
            data.statements().suppressed().forEach(hidden -> para("\u2022 " + hidden.words()));
            if (!data.statements().leftOut().isEmpty()) {
                h2(text("pack.statement.left-out-title"));
                data.statements().leftOut().values().forEach(line -> para("\u2022 " + line.words()));
            }
        }

        private void fact(String label, String words) {
            Paragraph paragraph = new Paragraph();
            paragraph.add(new Chunk(label + ": ", BODY_BOLD));
            paragraph.add(new Chunk(PrintableText.of(words), BODY));
            paragraph.setSpacingAfter(5);
            paragraph.setLeading(14);
            add(paragraph);
        }

        private void tooLittleEvidence() throws DocumentException {
            h2(data.statements().tooLittleEvidence().words());
            para(text("pack.statement.suggest-intro"));
            data.statements().suggestions().forEach(suggestion -> para("\u2022 " + suggestion.words()));
        }

        // ---- outcome indicators beside the voices

        private void indicators() throws DocumentException {
            h1(text("pack.indicators.title"));
            para(text("pack.indicators.intro"));
            PdfPTable table = table(new float[] {3.4f, 1.4f, 1.4f, 1.2f}, text("outcomes.column.indicator"),
                    text("outcomes.column.latest"), text("outcomes.column.target"), text("outcomes.column.status"));
            for (PackData.IndicatorLine line : data.indicators()) {
                table.addCell(cell(line.code() + " " + line.title()));
                table.addCell(cell(line.latest() == null ? text("outcomes.status.NO_VALUE_YET")
                        : text("pack.indicators.latest", number(line.latest(), line.unit()), line.latestPeriod())));
                table.addCell(cell(line.target() == null ? text("outcomes.target.none")
                        : text("outcomes.target." + line.direction().name(), number(line.target(), line.unit()))));
                table.addCell(cell(text("outcomes.status." + line.status().name())));
            }
            document.add(table);
        }

        private String number(java.math.BigDecimal value, String unit) {
            String plain = value.stripTrailingZeros().toPlainString();
            return unit == null || unit.isBlank() ? plain : plain + " " + unit;
        }

        // ---- title page

        private void titlePage(String title) throws DocumentException {
            Paragraph heading = new Paragraph(title, TITLE);
            heading.setLeading(29);
            heading.setSpacingAfter(18);
            document.add(heading);
            bookmark(title, null, heading);
            if (data.statements().tooLittleEvidence() != null) {
                tooLittleEvidence();
            }
            List<Quarter> quarters = data.quarters();
            String period = data.request().kind() == PackRequest.Kind.QUARTER
                    ? text("pack.cover.period.quarter", data.reported().toString(), quarters.getFirst().toString())
                    : text("pack.cover.period", quarters.getFirst().toString(), data.reported().toString());
            PdfPTable facts = new PdfPTable(new float[] {1.2f, 3.8f});
            facts.setWidthPercentage(100);
            fact(facts, text("pack.cover.what"), text("pack.cover.kind." + data.request().kind().name(), data.subject()));
            fact(facts, text("pack.cover.period-label"), period);
            fact(facts, text("pack.cover.made"), text("pack.cover.made-value",
                    WHEN.format(data.generatedAt().atZone(LONDON)), data.generatedBy()));
            fact(facts, text("pack.cover.respondents"), data.respondents().format(fewer));
            document.add(facts);
            h2(text("pack.cover.how-to-read"));
            for (String key : List.of("pack.cover.note.suppression", "pack.cover.note.quotes", "pack.cover.note.print")) {
                para(text(key));
            }
            h2(text("pack.cover.contents"));
            para("\u2022 " + text("pack.statement.title"));
            for (PackData.Section section : PackData.Section.values()) {
                if (data.shows(section)) {
                    para("\u2022 " + text("pack." + section.name().toLowerCase(Locale.ROOT) + ".title"));
                }
            }
            para("\u2022 " + text("pack.easyread.title"));
        }

        private void fact(PdfPTable table, String label, String value) {
            PdfPCell name = new PdfPCell(new Phrase(label, BODY_BOLD));
            PdfPCell content = new PdfPCell(new Phrase(PrintableText.of(value), BODY));
            for (PdfPCell cell : List.of(name, content)) {
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(RULE);
                cell.setPadding(5);
                table.addCell(cell);
            }
        }

        // ---- charter scores

        private void charter() throws DocumentException {
            h1(text("pack.charter.title"));
            para(text("pack.charter.intro"));
            if (data.request().kind() == PackRequest.Kind.PLAN) {
                charterByService();
                return;
            }
            if (data.overall().isEmpty()) {
                para(text("pack.charter.none"));
                return;
            }
            h2(data.request().kind() == PackRequest.Kind.QUARTER
                    ? text("pack.charter.overall.quarter", data.reported().toString())
                    : text("pack.charter.overall", data.quarters().getFirst().toString(), data.reported().toString()));
            PdfPTable table = table(new float[] {3.2f, 1, 1, 1, 1, 1}, text("pack.charter.column.expectation"),
                    text("pack.charter.column.answers"), text("pack.charter.column.positive"),
                    text("pack.charter.column.neutral"), text("pack.charter.column.negative"),
                    text("pack.charter.column.not-sure"));
            List<PackCharts.Bar> bars = new ArrayList<>();
            for (Expectation expectation : data.expectations()) {
                Optional<Score> score = find(data.overall(), "ALL", expectation.position());
                String label = expectation.position() + ". " + expectation.title();
                table.addCell(cell(label));
                if (score.isEmpty()) {
                    for (int i = 0; i < 5; i++) {
                        table.addCell(cell(i == 0 ? "0" : text("pack.none")));
                    }
                    bars.add(new PackCharts.Bar(label + " (" + text("pack.none") + ")", null));
                    continue;
                }
                Score s = score.get();
                table.addCell(cell(s.answered().format(fewer)));
                for (Tone tone : Tone.values()) {
                    table.addCell(cell(percent(s.share(tone))));
                }
                table.addCell(cell(s.notSure().format(fewer)));
                OptionalDouble positive = s.share(Tone.POSITIVE).shown();
                bars.add(new PackCharts.Bar(positive.isPresent() ? label : label + " (" + percent(s.share(Tone.POSITIVE)) + ")",
                        positive.isPresent() ? positive.getAsDouble() : null));
            }
            chart(PackCharts.shares(text("pack.charter.chart.axis"), bars), 200);
            para(text("pack.charter.chart.summary", summary(bars)));
            document.add(table);
            trend();
            comparison();
        }

        private String summary(List<PackCharts.Bar> bars) {
            return bars.stream().filter(b -> b.share() != null).max(Comparator.comparingDouble(PackCharts.Bar::share))
                    .map(best -> {
                        PackCharts.Bar worst = bars.stream().filter(b -> b.share() != null)
                                .min(Comparator.comparingDouble(PackCharts.Bar::share)).orElseThrow();
                        if (worst == best) {
                            return text("pack.charter.chart.only", best.label(), Math.round(best.share() * 100));
                        }
                        return text("pack.charter.chart.best-worst", best.label(), Math.round(best.share() * 100),
                                worst.label(), Math.round(worst.share() * 100));
                    })
                    .orElse(text("pack.charter.chart.nothing"));
        }

        private void trend() throws DocumentException {
            h2(text("pack.charter.trend"));
            para(text("pack.charter.trend.intro"));
            List<Quarter> quarters = data.quarters();
            float[] widths = new float[quarters.size() + 1];
            widths[0] = 2.6f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 1;
            }
            List<String> headers = new ArrayList<>();
            headers.add(text("pack.charter.column.expectation"));
            quarters.forEach(q -> headers.add(q.toString()));
            PdfPTable table = table(widths, headers.toArray(String[]::new));
            for (Expectation expectation : data.expectations()) {
                table.addCell(cell(expectation.position() + ". " + expectation.title()));
                for (Quarter quarter : quarters) {
                    table.addCell(cell(find(data.byQuarter(), quarter.toString(), expectation.position())
                            .map(s -> percent(s.share(Tone.POSITIVE))).orElse(text("pack.none"))));
                }
            }
            document.add(table);
        }

        private void comparison() throws DocumentException {
            Quarter last = data.reported();
            Quarter previous = last.previous();
            h2(text("pack.charter.compare", last.toString(), previous.toString()));
            PdfPTable table = table(new float[] {3, 1.2f, 1.2f, 1.6f}, text("pack.charter.column.expectation"),
                    previous.toString(), last.toString(), text("pack.charter.column.change"));
            for (Expectation expectation : data.expectations()) {
                Optional<Share> before = find(data.byQuarter(), previous.toString(), expectation.position())
                        .map(s -> s.share(Tone.POSITIVE));
                Optional<Share> now = find(data.byQuarter(), last.toString(), expectation.position())
                        .map(s -> s.share(Tone.POSITIVE));
                table.addCell(cell(expectation.position() + ". " + expectation.title()));
                table.addCell(cell(before.map(this::percent).orElse(text("pack.none"))));
                table.addCell(cell(now.map(this::percent).orElse(text("pack.none"))));
                table.addCell(cell(change(before, now)));
            }
            document.add(table);
        }

        private String change(Optional<Share> before, Optional<Share> now) {
            OptionalDouble a = before.map(Share::shown).orElse(OptionalDouble.empty());
            OptionalDouble b = now.map(Share::shown).orElse(OptionalDouble.empty());
            if (a.isEmpty() || b.isEmpty()) {
                return text("pack.charter.change.none");
            }
            long points = Math.round(b.getAsDouble() * 100) - Math.round(a.getAsDouble() * 100);
            return points == 0 ? text("pack.charter.change.same")
                    : points > 0 ? text("pack.charter.change.up", points) : text("pack.charter.change.down", -points);
        }

        private void charterByService() throws DocumentException {
            h2(text("pack.charter.by-service", data.quarters().getFirst().toString(), data.reported().toString()));
            if (data.serviceNames().isEmpty()) {
                para(text("pack.charter.none"));
                return;
            }
            float[] widths = {3, 1, 1, 1, 1, 1, 1};
            List<String> headers = new ArrayList<>();
            headers.add(text("pack.charter.column.service"));
            data.expectations().forEach(e -> headers.add(String.valueOf(e.position())));
            PdfPTable table = table(widths, headers.toArray(String[]::new));
            for (Map.Entry<String, String> service : data.serviceNames().entrySet()) {
                table.addCell(cell(service.getValue()));
                for (Expectation expectation : data.expectations()) {
                    table.addCell(cell(find(data.byService(), service.getKey(), expectation.position())
                            .map(s -> percent(s.share(Tone.POSITIVE))).orElse(text("pack.none"))));
                }
            }
            document.add(table);
            StringBuilder key = new StringBuilder();
            data.expectations().forEach(e -> key.append(e.position()).append(". ").append(e.title()).append("   "));
            para(text("pack.charter.by-service.key", key.toString().strip()));
        }

        private Optional<Score> find(List<Score> scores, String key, int position) {
            return scores.stream().filter(s -> key.equals(s.key()) && s.position() == position).findFirst();
        }

        // ---- themes, quotes

        private void themes() throws DocumentException {
            h1(text("pack.themes.title"));
            if (data.themes().isEmpty()) {
                para(text("pack.themes.none"));
                return;
            }
            para(text("pack.themes.intro"));
            PdfPTable table = table(new float[] {3, 1}, text("pack.themes.column.theme"), text("pack.themes.column.items"));
            data.themes().forEach(theme -> {
                table.addCell(cell(theme.theme()));
                table.addCell(cell(theme.items().format(fewer)));
            });
            document.add(table);
        }

        private void quotes() throws DocumentException {
            h1(text("pack.quotes.title"));
            if (data.quotes().isEmpty()) {
                para(text("pack.quotes.none"));
                return;
            }
            para(text("pack.quotes.intro"));
            for (PackData.QuoteLine quote : data.quotes()) {
                Paragraph words = new Paragraph("\u201C" + PrintableText.of(quote.text()) + "\u201D", QUOTE);
                words.setIndentationLeft(14);
                words.setSpacingBefore(6);
                document.add(words);
                String group = text("group." + quote.group());
                Paragraph who = new Paragraph("\u2014 " + (quote.advocateSummary()
                        ? text("pack.quotes.advocate-summary", group) : group), BODY);
                who.setIndentationLeft(14);
                document.add(who);
            }
        }

        // ---- activities

        private void activities() throws DocumentException {
            h1(text("pack.activities.title"));
            if (data.activities().isEmpty()) {
                para(text("pack.activities.none"));
                return;
            }
            para(text("pack.activities.intro"));
            PdfPTable table = table(new float[] {3.4f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f, 0.9f},
                    text("pack.activities.column.activity"), text("pack.activities.column.stage"),
                    text("pack.activities.column.people"), text("activity.lundy.space"), text("activity.lundy.voice"),
                    text("activity.lundy.audience"), text("activity.lundy.influence"));
            for (ActivityLine activity : data.activities()) {
                Phrase about = new Phrase();
                about.add(new Chunk(PrintableText.of(activity.title()), CELL_BOLD));
                about.add(new Chunk("\n" + text("activity.kind." + activity.kind()) + ", "
                        + DAY.format(activity.heldOn()), CELL));
                if (activity.whatChanged() != null && !activity.whatChanged().isBlank()) {
                    about.add(new Chunk("\n" + text("pack.activities.changed", PrintableText.of(activity.whatChanged())), CELL));
                }
                table.addCell(padded(new PdfPCell(about)));
                table.addCell(cell(text("workspace.stage." + activity.stage())));
                table.addCell(cell(activity.participants().format(fewer)));
                for (String answer : List.of(lundy(activity.space()), lundy(activity.voice()),
                        lundy(activity.audience()), lundy(activity.influence()))) {
                    table.addCell(cell(answer));
                }
            }
            document.add(table);
        }

        private String lundy(String answer) {
            return answer == null ? text("pack.activities.not-checked") : text("activity.lundy.answer." + answer);
        }

        // ---- actions and changes

        private void actionsAndChanges() throws DocumentException {
            h1(text("pack.actions.title"));
            if (data.actions().isEmpty()) {
                para(text("pack.actions.none"));
            } else {
                para(text("pack.actions.intro"));
                PdfPTable table = table(new float[] {1.5f, 4, 1.1f, 1.1f}, text("pack.actions.column.action"),
                        text("pack.actions.column.title"), text("pack.actions.column.status"),
                        text("pack.actions.column.linked"));
                data.actions().forEach(action -> {
                    table.addCell(cell(action.label()));
                    table.addCell(cell(action.title()));
                    table.addCell(cell(text("workspace.plan.status." + action.status())));
                    table.addCell(cell(action.linkedFeedback().format(fewer)));
                });
                document.add(table);
            }
            h2(text("pack.changes.title"));
            if (data.changes().isEmpty()) {
                para(text("pack.changes.none"));
                return;
            }
            PdfPTable table = table(new float[] {1.1f, 1.5f, 4, 1.6f}, text("pack.changes.column.date"),
                    text("pack.changes.column.action"), text("pack.changes.column.what"),
                    text("pack.changes.column.service"));
            for (ChangeLine change : data.changes()) {
                table.addCell(cell(DAY.format(change.changedOn())));
                table.addCell(cell(change.action()));
                table.addCell(cell(change.whatChanged() + "\n" + text("pack.changes.done-by", change.doneBy())));
                table.addCell(cell(change.service() == null ? text("pack.changes.no-service") : change.service()));
            }
            document.add(table);
        }

        // ---- replies

        private void replies() throws DocumentException {
            h1(text("pack.replies.title"));
            para(text("pack.replies.intro"));
            if (data.figures().isEmpty()) {
                para(text("pack.replies.none"));
                return;
            }
            PdfPTable table = table(new float[] {3, 1, 1.1f, 1.1f, 1.3f}, text("pack.replies.column.service"),
                    text("pack.replies.column.items"), text("pack.replies.column.replied"),
                    text("pack.replies.column.loop"), text("pack.replies.column.days"));
            data.figures().forEach(f -> {
                table.addCell(cell(f.service()));
                table.addCell(cell(f.items().format(fewer)));
                table.addCell(cell(percent(f.replied())));
                table.addCell(cell(percent(f.loopClosed())));
                table.addCell(cell(f.medianShown() ? String.valueOf(Math.round(f.medianDaysToReply()))
                        : f.replies().value() == 0 ? text("pack.none") : fewer));
            });
            document.add(table);
        }

        // ---- representation

        private void representation() throws DocumentException {
            h1(text("pack.representation.title"));
            para(text("pack.representation.intro"));
            breakdown(text("pack.representation.group"), data.byGroup(), key -> text("group." + key));
            breakdown(text("pack.representation.age"), data.byAgeBand(),
                    key -> "NONE".equals(key) ? text("pack.representation.age.none") : text("age." + key));
            breakdown(text("pack.representation.area"), data.byArea(),
                    key -> key.isEmpty() ? text("pack.representation.area.none") : key);
        }

        private void breakdown(String heading, Map<String, Count> counts,
                               java.util.function.Function<String, String> label) throws DocumentException {
            h2(heading);
            if (counts.isEmpty()) {
                para(text("pack.representation.none"));
                return;
            }
            PdfPTable table = table(new float[] {3, 1}, heading, text("pack.representation.column.people"));
            counts.forEach((key, count) -> {
                table.addCell(cell(label.apply(key)));
                table.addCell(cell(count.format(fewer)));
            });
            document.add(table);
        }

        // ---- Easy Read summary

        private void easyRead() throws DocumentException {
            document.newPage();
            Paragraph title = new Paragraph(text("pack.easyread.title"), EASY_TITLE);
            title.setLeading(31);
            title.setSpacingAfter(14);
            document.add(title);
            bookmark(text("pack.easyread.title"), null, title);
            easy(text("pack.easyread.about", data.subject()));
            Quarter first = data.request().kind() == PackRequest.Kind.QUARTER ? data.reported() : data.quarters().getFirst();
            easy(text("pack.easyread.when", MONTH.format(first.start()),
                    MONTH.format(data.reported().endExclusive().minusDays(1))));
            easy(data.respondents().shown().isPresent()
                    ? text("pack.easyread.people", data.respondents().shown().getAsLong())
                    : text("pack.easyread.people-few"));
            easyStatements();

            easyHeading(text("pack.easyread.heard"));
            List<Score> shown = data.overall().stream().filter(s -> s.share(Tone.POSITIVE).shown().isPresent()).toList();
            if (data.request().kind() == PackRequest.Kind.PLAN) {
                // A plan's scores are per service (page 2); one "best question" across services would mislead.
            } else if (shown.isEmpty()) {
                easy(text("pack.easyread.too-few"));
            } else {
                Score best = shown.stream().max(Comparator.comparingDouble(s -> s.share(Tone.POSITIVE).shown().getAsDouble())).orElseThrow();
                Score worst = shown.stream().min(Comparator.comparingDouble(s -> s.share(Tone.POSITIVE).shown().getAsDouble())).orElseThrow();
                easy(text("pack.easyread.best"));
                easyQuestion(best);
                if (worst != best) {
                    easy(text("pack.easyread.worst"));
                    easyQuestion(worst);
                }
            }
            data.themes().stream().filter(t -> t.items().shown().isPresent()).findFirst()
                    .ifPresent(theme -> easy(text("pack.easyread.themes", theme.theme())));

            easyHeading(text("pack.easyread.changed"));
            List<String> easyChanges = data.changes().stream().map(ChangeLine::easyRead)
                    .filter(words -> words != null && !words.isBlank()).limit(3).toList();
            if (!easyChanges.isEmpty()) {
                easyChanges.forEach(words -> easy("\u2022 " + words.strip()));
            } else if (!data.changes().isEmpty()) {
                Count changes = SmallNumbers.count(data.changes().size());
                easy(changes.shown().isPresent() ? text("pack.easyread.changes", changes.shown().getAsLong())
                        : text("pack.easyread.changes-few"));
            } else {
                easy(text("pack.easyread.no-changes"));
            }
            easyHeading(text("pack.easyread.next-heading"));
            easy(text("pack.easyread.next"));
            easy(text("pack.easyread.more"));
        }

        /** The pack's statements in Easy Read words: too little evidence, scope, who counts, what is hidden. */
        private void easyStatements() {
            if (data.statements().tooLittleEvidence() != null) {
                easy(data.statements().tooLittleEvidence().easyRead());
                data.statements().suggestions().forEach(s -> easy("\u2022 " + s.easyRead()));
            }
            // The period is already said above ("It covers ..."); the scope says what kind of pack it is.
            easy(data.statements().scope().easyRead());
            easyHeading(text("pack.easyread.statement.rules-title"));
            data.statements().rules().forEach(rule -> easy("\u2022 " + rule.easyRead()));
            data.statements().suppressed().stream().map(PackData.Statement::easyRead).distinct()
                    .forEach(this::easy);
        }

        private void easyQuestion(Score score) {
            Paragraph question = new Paragraph(text("charter." + score.position() + ".question.easy-read"), EASY_BOLD);
            question.setIndentationLeft(20);
            question.setLeading(22);
            question.setSpacingAfter(4);
            add(question);
            long inTen = Math.round(score.share(Tone.POSITIVE).shown().getAsDouble() * 10);
            Paragraph share = new Paragraph(text("pack.easyread.in-ten", inTen), EASY);
            share.setIndentationLeft(20);
            share.setLeading(22);
            share.setSpacingAfter(10);
            add(share);
        }

        private void easyHeading(String words) {
            Paragraph heading = new Paragraph(PrintableText.of(words), EASY_HEADING);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(6);
            add(heading);
        }

        private void easy(String words) {
            Paragraph paragraph = new Paragraph(PrintableText.of(words), EASY);
            paragraph.setLeading(22);
            paragraph.setSpacingAfter(8);
            add(paragraph);
        }

        // ---- building blocks

        private String percent(Share share) {
            return share.formatPercent(fewer, text("pack.none"));
        }

        /** A section starts a new page only when little room is left, so a small pack stays short when printed. */
        private void h1(String words) throws DocumentException {
            if (writer.getVerticalPosition(false) < document.bottom() + 220) {
                document.newPage();
            }
            Paragraph heading = new Paragraph(PrintableText.of(words), H1);
            heading.setSpacingBefore(20);
            heading.setSpacingAfter(8);
            document.add(heading);
            section = bookmark(words, null, heading);
        }

        private void h2(String words) throws DocumentException {
            if (writer.getVerticalPosition(false) < document.bottom() + 110) {
                document.newPage();
            }
            Paragraph heading = new Paragraph(PrintableText.of(words), H2);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(6);
            document.add(heading);
            if (section != null) {
                bookmark(words, section, heading);
            }
        }

        /** A bookmark to a heading that has just been added (a named destination on its first chunk). */
        private PdfOutline bookmark(String words, PdfOutline parent, Paragraph heading) {
            String name = "pack-" + (++destinations);
            PdfContentByte canvas = writer.getDirectContent();
            canvas.localDestination(name, new org.openpdf.text.pdf.PdfDestination(
                    org.openpdf.text.pdf.PdfDestination.FITH, writer.getVerticalPosition(false)
                            + heading.getTotalLeading() + heading.getSpacingAfter() + 4));
            PdfOutline outline = new PdfOutline(parent == null ? canvas.getRootOutline() : parent,
                    PdfAction.gotoLocalPage(name, false), PrintableText.of(words));
            outline.setOpen(false);
            return outline;
        }

        private void para(String words) {
            Paragraph paragraph = new Paragraph(PrintableText.of(words), BODY);
            paragraph.setSpacingAfter(5);
            paragraph.setLeading(14);
            add(paragraph);
        }

        private void add(Element element) {
            try {
                document.add(element);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }

        private PdfPTable table(float[] widths, String... headers) {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setSpacingAfter(10);
            table.setHeaderRows(1);
            for (String header : headers) {
                PdfPCell cell = padded(new PdfPCell(new Phrase(PrintableText.of(header), CELL_BOLD)));
                cell.setBackgroundColor(HEADER_FILL);
                table.addCell(cell);
            }
            return table;
        }

        private PdfPCell cell(String words) {
            return padded(new PdfPCell(new Phrase(PrintableText.of(words), CELL)));
        }

        private PdfPCell padded(PdfPCell cell) {
            cell.setPadding(4);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            return cell;
        }

        private void chart(org.jfree.chart.JFreeChart chart, float height) throws DocumentException {
            float width = document.right() - document.left();
            PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
            Graphics2D graphics = new PdfGraphics2D(canvas, width, height);
            try {
                PackCharts.draw(chart, graphics, width, height);
            } finally {
                graphics.dispose();
            }
            Image image = Image.getInstance(canvas);
            image.setAlt(text("pack.charter.chart.alt"));
            document.add(image);
        }
    }
}
