package uk.coproduction.portal.imports;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.feedback.RatingAnswer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks each row of a file against the template: every problem is named with its row, its column, what is wrong and
 * how to fix it. Rows are never partly imported: a row with any problem is not imported at all.
 */
final class RowChecker {

    /** The longest text a cell may hold, the same as any text typed into the portal. */
    static final int MAX_CELL = TextInput.MAX_LENGTH;

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** What the checker needs to know about the portal: the importer's services, the areas, the charter. */
    record Choices(
            Map<String, Long> myServices,
            Map<String, String> otherTeamsServices,
            Map<String, Long> areas,
            Map<Integer, Long> expectationByPosition,
            LocalDate today) {}

    /**
     * A row that can be imported, with what it says; {@code hash} is its cells exactly as written (how rows were
     * recognised before fingerprints), {@code fingerprint} its identity however typed ({@link RowIdentity}).
     */
    record GoodRow(
            int row,
            String hash,
            String fingerprint,
            long serviceId,
            Long areaId,
            RespondentGroup group,
            AgeBand ageBand,
            Channel channel,
            LocalDate received,
            Map<Long, RatingAnswer> ratings,
            String words,
            String change) {}

    record Outcome(CheckedRow checked, String hash, GoodRow good) {}

    private final Choices choices;
    private final Map<String, Integer> seen = new HashMap<>();

    RowChecker(Choices choices) {
        this.choices = choices;
    }

    Outcome check(CsvFileReader.RawRow raw, Map<ImportColumn, Integer> columns, int width) {
        int row = raw.number();
        List<ImportProblem> problems = new ArrayList<>();
        if (raw.cells().size() != width) {
            problems.add(ImportProblem.row(
                    row,
                    null,
                    "import.row.cell-count",
                    String.valueOf(raw.cells().size()),
                    String.valueOf(width)));
        }
        Map<ImportColumn, String> cells = new HashMap<>();
        for (ImportColumn column : ImportColumn.values()) {
            Integer index = columns.get(column);
            String value = index == null || index >= raw.cells().size()
                    ? ""
                    : raw.cells().get(index);
            if (value.length() > MAX_CELL) {
                problems.add(ImportProblem.row(
                        row,
                        column,
                        "import.row.too-long",
                        String.format("%,d", value.length()),
                        String.format("%,d", MAX_CELL)));
                cells.put(column, null);
            } else {
                cells.put(column, value.strip());
            }
        }
        String hash = hash(cells);

        Long serviceId = service(row, cells.get(ImportColumn.SERVICE), problems);
        Long areaId = area(row, cells.get(ImportColumn.AREA), problems);
        RespondentGroup group = group(row, cells.get(ImportColumn.GROUP), problems);
        AgeBand ageBand = ageBand(row, cells.get(ImportColumn.AGE_BAND), problems);
        Channel channel = channel(row, cells.get(ImportColumn.CHANNEL), problems);
        LocalDate received = received(row, cells.get(ImportColumn.DATE_RECEIVED), problems);
        Map<Long, RatingAnswer> ratings = new HashMap<>();
        Map<Integer, RatingAnswer> answersByPosition = new HashMap<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.charterPosition() > 0) {
                answer(row, column, cells.get(column), problems).ifPresent(a -> {
                    ratings.put(choices.expectationByPosition().get(column.charterPosition()), a);
                    answersByPosition.put(column.charterPosition(), a);
                });
            }
        }
        String words = TextInput.clean(cells.get(ImportColumn.THEIR_WORDS));
        String change = TextInput.clean(cells.get(ImportColumn.ONE_THING_TO_CHANGE));
        boolean answeredSomething = !ratings.isEmpty() || words != null || change != null;
        if (!answeredSomething && problems.stream().noneMatch(p -> isAnswer(p.column()))) {
            problems.add(ImportProblem.row(row, null, "import.row.nothing-answered"));
        }

        String service = cells.get(ImportColumn.SERVICE);
        String date = cells.get(ImportColumn.DATE_RECEIVED);
        if (!problems.isEmpty()) {
            return new Outcome(new CheckedRow(row, CheckedRow.Status.PROBLEMS, service, date, problems), hash, null);
        }
        String fingerprint =
                RowIdentity.fingerprint(serviceId, received, group, ageBand, areaId, answersByPosition, words, change);
        GoodRow good = new GoodRow(
                row, hash, fingerprint, serviceId, areaId, group, ageBand, channel, received, ratings, words, change);
        return new Outcome(new CheckedRow(row, CheckedRow.Status.READY, service, date, List.of()), hash, good);
    }

    private static boolean isAnswer(String header) {
        return header != null
                && ImportColumn.ofHeader(header)
                        .map(c -> c.charterPosition() > 0
                                || c == ImportColumn.THEIR_WORDS
                                || c == ImportColumn.ONE_THING_TO_CHANGE)
                        .orElse(false);
    }

    private Long service(int row, String value, List<ImportProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            problems.add(ImportProblem.row(row, ImportColumn.SERVICE, "import.row.required"));
            return null;
        }
        String key = key(value);
        Long id = choices.myServices().get(key);
        if (id != null) {
            return id;
        }
        if (choices.otherTeamsServices().containsKey(key)) {
            problems.add(ImportProblem.row(
                    row, ImportColumn.SERVICE, "import.row.service-other-team", CsvFileReader.shorten(value)));
        } else {
            problems.add(ImportProblem.row(
                    row, ImportColumn.SERVICE, "import.row.service-unknown", CsvFileReader.shorten(value)));
        }
        return null;
    }

    private Long area(int row, String value, List<ImportProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return null;
        }
        Long id = choices.areas().get(key(value));
        if (id == null) {
            problems.add(
                    ImportProblem.row(row, ImportColumn.AREA, "import.row.area-unknown", CsvFileReader.shorten(value)));
        }
        return id;
    }

    private RespondentGroup group(int row, String value, List<ImportProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            problems.add(ImportProblem.row(row, ImportColumn.GROUP, "import.row.required"));
            return null;
        }
        RespondentGroup group = switch (code(value)) {
            case "YOUNG_PERSON", "CHILD_OR_YOUNG_PERSON", "A_CHILD_OR_YOUNG_PERSON" -> RespondentGroup.YOUNG_PERSON;
            case "PARENT_CARER", "PARENT_OR_CARER", "A_PARENT_OR_CARER" -> RespondentGroup.PARENT_CARER;
            case "LDA_ADULT" -> RespondentGroup.LDA_ADULT;
            case "SOMEONE_ELSE" -> RespondentGroup.SOMEONE_ELSE;
            default -> null;
        };
        if (group == null) {
            problems.add(ImportProblem.row(
                    row, ImportColumn.GROUP, "import.row.group-unknown", CsvFileReader.shorten(value)));
        }
        return group;
    }

    private AgeBand ageBand(int row, String value, List<ImportProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return null;
        }
        AgeBand band = switch (code(value)) {
            case "UNDER_11" -> AgeBand.UNDER_11;
            case "AGE_11_15", "11_15", "11_TO_15" -> AgeBand.AGE_11_15;
            case "AGE_16_18", "16_18", "16_TO_18" -> AgeBand.AGE_16_18;
            case "AGE_19_25", "19_25", "19_TO_25" -> AgeBand.AGE_19_25;
            default -> null;
        };
        if (band == null) {
            problems.add(ImportProblem.row(
                    row, ImportColumn.AGE_BAND, "import.row.age-band-unknown", CsvFileReader.shorten(value)));
        }
        return band;
    }

    private Channel channel(int row, String value, List<ImportProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return Channel.PAPER;
        }
        Channel channel = switch (code(value)) {
            case "PAPER" -> Channel.PAPER;
            case "ONLINE" -> Channel.ONLINE;
            case "EVENT" -> Channel.EVENT;
            default -> null;
        };
        if (channel == null) {
            problems.add(ImportProblem.row(
                    row, ImportColumn.CHANNEL, "import.row.channel-unknown", CsvFileReader.shorten(value)));
        }
        return channel;
    }

    private LocalDate received(int row, String value, List<ImportProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            problems.add(ImportProblem.row(row, ImportColumn.DATE_RECEIVED, "import.row.required"));
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            // Each format needs its own separator: a value without it is not tried (and no exception thrown and
            // caught for each of 10,000 rows).
            if (value.indexOf(format == DATES.getFirst() ? '-' : '/') < 0) {
                continue;
            }
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.isAfter(choices.today())) {
                    problems.add(ImportProblem.row(
                            row, ImportColumn.DATE_RECEIVED, "import.row.date-future", CsvFileReader.shorten(value)));
                    return null;
                }
                if (date.isBefore(EARLIEST)) {
                    problems.add(ImportProblem.row(
                            row,
                            ImportColumn.DATE_RECEIVED,
                            "import.row.date-too-early",
                            CsvFileReader.shorten(value)));
                    return null;
                }
                return date;
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        problems.add(ImportProblem.row(
                row, ImportColumn.DATE_RECEIVED, "import.row.date-unknown", CsvFileReader.shorten(value)));
        return null;
    }

    private Optional<RatingAnswer> answer(int row, ImportColumn column, String value, List<ImportProblem> problems) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        RatingAnswer answer = switch (code(value)) {
            case "VERY_GOOD" -> RatingAnswer.VERY_GOOD;
            case "GOOD" -> RatingAnswer.GOOD;
            case "OK", "OKAY" -> RatingAnswer.OK;
            case "BAD" -> RatingAnswer.BAD;
            case "VERY_BAD" -> RatingAnswer.VERY_BAD;
            case "NOT_SURE", "DON_T_KNOW", "DONT_KNOW" -> RatingAnswer.NOT_SURE;
            default -> null;
        };
        if (answer == null) {
            problems.add(ImportProblem.row(row, column, "import.row.answer-unknown", CsvFileReader.shorten(value)));
        }
        return Optional.ofNullable(answer);
    }

    /** "Very good", "very-good", "VERY_GOOD" and "Véry good" are the same value. */
    private static String code(String value) {
        String code = NOT_A_CODE_CHARACTER
                .matcher(RowIdentity.text(value).toUpperCase(Locale.ROOT))
                .replaceAll("_");
        return EDGE_UNDERSCORE.matcher(code).replaceAll("");
    }

    private static final Pattern NOT_A_CODE_CHARACTER = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern EDGE_UNDERSCORE = Pattern.compile("^_|_$");

    /** Services and areas by code or name, in any case, spacing or accents ({@link RowIdentity#referenceKey}). */
    static String key(String value) {
        return RowIdentity.referenceKey(value);
    }

    /**
     * The row's cells in template order (wherever they are in the file), and how many identical rows came before it
     * in this file: two identical postcards in one file are two people, but the same row in a second file is not.
     */
    private String hash(Map<ImportColumn, String> cells) {
        StringBuilder canonical = new StringBuilder();
        for (ImportColumn column : ImportColumn.values()) {
            canonical.append(cells.get(column)).append('\u001F');
        }
        String content = canonical.toString();
        int occurrence = seen.merge(content, 1, Integer::sum);
        return sha256((content + '\u001E' + occurrence).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
