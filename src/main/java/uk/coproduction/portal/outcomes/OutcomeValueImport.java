package uk.coproduction.portal.outcomes;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.CsvSafety;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.InvalidInputException.Problem;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.security.StaffDirectory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values of many indicators at once from a small CSV file (indicator code or name, date, value; optionally the
 * period and the source): checked in full and shown as a preview first, and saved only when the administrator
 * confirms a file with no problems, all in one transaction. Kept apart from the feedback CSV import on purpose: a
 * different file, different people and different rules.
 */
@Service
public class OutcomeValueImport {

    public static final String TEMPLATE_FILE_NAME = "outcome-values-template.csv";
    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_LINES = 2000;
    static final List<String> COLUMNS = List.of("indicator", "date", "value", "period", "source");
    private static final DateTimeFormatter BRITISH =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

    private final OutcomeIndicators indicators;
    private final OutcomeValueLog log;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Clock clock;

    OutcomeValueImport(
            OutcomeIndicators indicators, OutcomeValueLog log, AuditLog audit, StaffDirectory staff, Clock clock) {
        this.indicators = indicators;
        this.log = log;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** The template: the header and one example line per indicator would be too many; two examples show both ways. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public byte[] template() {
        List<Indicator> all = indicators.all();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A byte order mark, so Excel opens the file as UTF-8.
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            LocalDate example = LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
            if (!all.isEmpty()) {
                Indicator first = all.getFirst();
                printer.printRecord(
                        CsvSafety.cell(first.code()),
                        example.toString(),
                        "72.5",
                        FinancialQuarter.label(example),
                        "Quarterly performance report");
                Indicator last = all.getLast();
                printer.printRecord(CsvSafety.cell(last.title()), example.format(BRITISH), "60", "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads and checks a file; saves nothing. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public ValueImportPreview preview(String fileName, byte[] content) {
        return check(fileName, content);
    }

    /**
     * Saves every line of a file that has no problems, in one transaction (all or nothing), checking it again first:
     * the history may have changed since the preview.
     *
     * @return the preview the lines were saved from
     * @throws InvalidInputException when the file has problems now; nothing is saved
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ValueImportPreview confirm(String fileName, byte[] content) {
        ValueImportPreview preview = check(fileName, content);
        if (!preview.problems().isEmpty()) {
            throw InvalidInputException.of("file", "outcomes.import.error.has-problems");
        }
        String by = staff.requireCurrentStaff().username();
        for (ValueImportPreview.Line line : preview.lines()) {
            if (line.outcome() == ValueImportPreview.Outcome.ALREADY_RECORDED) {
                continue;
            }
            Indicator indicator = line.indicator();
            log.add(indicator.kind(), indicator.id(), line.value(), ValueSource.IMPORT, by, clock.instant())
                    .ifPresent(recorded -> audit.record(
                            recorded.isCorrection() ? "CORRECT_VALUE" : "RECORD_VALUE",
                            indicator.kind().auditType,
                            indicator.code(),
                            OutcomeHistories.describe(recorded) + " from " + fileName + " line " + line.line()));
        }
        return preview;
    }

    private ValueImportPreview check(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "values.csv" : fileName.strip();
        List<ValueImportPreview.Line> lines = new ArrayList<>();
        List<ValueImportPreview.LineProblem> problems = new ArrayList<>();
        if (content == null || content.length == 0) {
            problems.add(new ValueImportPreview.LineProblem(1, null, "outcomes.import.error.empty", null));
            return new ValueImportPreview(name, lines, problems);
        }
        if (content.length > MAX_BYTES) {
            problems.add(new ValueImportPreview.LineProblem(1, null, "outcomes.import.error.too-big", null));
            return new ValueImportPreview(name, lines, problems);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Indicator> byName = new HashMap<>();
        for (Indicator indicator : indicators.all()) {
            byName.put(key(indicator.code()), indicator);
            byName.putIfAbsent(key(indicator.title()), indicator);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setTrim(true)
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                .get();
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> seen = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String required : List.of("indicator", "date", "value")) {
                if (header.keySet().stream()
                        .noneMatch(h -> h != null && h.strip().equalsIgnoreCase(required))) {
                    problems.add(new ValueImportPreview.LineProblem(
                            1, required, "outcomes.import.error.missing-column", required));
                }
            }
            if (!problems.isEmpty()) {
                return new ValueImportPreview(name, lines, problems);
            }
            int count = 0;
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // Where the record starts: the lines the parser has passed, plus one (the header is line 1).
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (++count > MAX_LINES) {
                    problems.add(new ValueImportPreview.LineProblem(
                            line, null, "outcomes.import.error.too-many", String.valueOf(MAX_LINES)));
                    break;
                }
                checkLine(record, line, byName, today, name, seen, lines, problems);
            }
            if (count == 0) {
                problems.add(new ValueImportPreview.LineProblem(1, null, "outcomes.import.error.no-lines", null));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ValueImportPreview.LineProblem(
                    Math.max(1, lines.size() + problems.size() + 1), null, "outcomes.import.error.unreadable", null));
        }
        return new ValueImportPreview(name, lines, problems);
    }

    private void checkLine(
            CSVRecord record,
            int line,
            Map<String, Indicator> byName,
            LocalDate today,
            String fileName,
            Map<String, Integer> seen,
            List<ValueImportPreview.Line> lines,
            List<ValueImportPreview.LineProblem> problems) {
        int before = problems.size();
        String indicatorText = cell(record, "indicator");
        Indicator indicator = indicatorText.isEmpty() ? null : byName.get(key(indicatorText));
        if (indicator == null) {
            problems.add(new ValueImportPreview.LineProblem(
                    line,
                    "indicator",
                    indicatorText.isEmpty()
                            ? "outcomes.import.error.indicator-missing"
                            : "outcomes.import.error.indicator-unknown",
                    indicatorText));
        }
        String dateText = cell(record, "date");
        LocalDate date = date(dateText);
        if (date == null) {
            problems.add(
                    new ValueImportPreview.LineProblem(line, "date", "outcomes.import.error.date-format", dateText));
        }
        String valueText = cell(record, "value");
        BigDecimal value = number(valueText);
        if (value == null) {
            problems.add(
                    new ValueImportPreview.LineProblem(line, "value", "outcomes.import.error.value-format", valueText));
        }
        if (problems.size() > before) {
            return;
        }
        String source = cell(record, "source");
        List<Problem> valueProblems = new ArrayList<>();
        NewValue checked = ValueRules.check(
                indicator,
                new NewValue(value, date, cell(record, "period"), source.isEmpty() ? "CSV file " + fileName : source),
                today,
                false,
                valueProblems);
        for (Problem problem : valueProblems) {
            String column = "asOf".equals(problem.field()) ? "date" : problem.field();
            problems.add(new ValueImportPreview.LineProblem(line, column, problem.messageKey(), cell(record, column)));
        }
        if (checked == null) {
            return;
        }
        String once = indicator.kind() + ":" + indicator.id() + ":" + checked.asOf();
        Integer earlierLine = seen.putIfAbsent(once, line);
        if (earlierLine != null) {
            problems.add(new ValueImportPreview.LineProblem(
                    line, "date", "outcomes.import.error.repeated", String.valueOf(earlierLine)));
            return;
        }
        Optional<DatedValue> standing = log.standingOn(indicator.kind(), indicator.id(), checked.asOf());
        ValueImportPreview.Outcome outcome = standing.isEmpty()
                ? ValueImportPreview.Outcome.NEW
                : standing.get().value().compareTo(checked.value()) == 0
                                && standing.get().period().equals(checked.period())
                        ? ValueImportPreview.Outcome.ALREADY_RECORDED
                        : ValueImportPreview.Outcome.CORRECTS;
        lines.add(new ValueImportPreview.Line(
                line,
                indicator,
                checked,
                outcome,
                outcome == ValueImportPreview.Outcome.CORRECTS ? standing.get().value() : null));
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return "";
        }
        String value = record.get(column);
        return value == null ? "" : value.strip();
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** 2025-12-31 or 31/12/2025. */
    static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(text, BRITISH);
            } catch (DateTimeParseException notBritish) {
                return null;
            }
        }
    }

    /** 74, 74.5 or 74.5% (a percent sign is allowed; thousands separators are not, to avoid 1,5 meaning 1.5). */
    static BigDecimal number(String text) {
        String plain = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (!plain.matches("-?\\d{1,12}(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}
