package uk.coproduction.portal.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import template, in template order. Headers are matched without regard to case, spaces or
 * hyphens ("Date received" is {@code date_received}); the order of columns in a file does not matter.
 * What each column means and accepts is in the translation files: {@code import.column.<header>.*}.
 */
public enum ImportColumn {
    SERVICE("service", true, "SHORT_BREAKS"),
    AREA("area", false, "EAST_KENT"),
    GROUP("group", true, "YOUNG_PERSON"),
    AGE_BAND("age_band", false, "AGE_11_15"),
    CHANNEL("channel", false, "PAPER"),
    DATE_RECEIVED("date_received", true, "2026-03-14"),
    Q1_RESPECT("q1_respect", false, "very good", 1),
    Q2_INCLUDE("q2_include", false, "good", 2),
    Q3_LISTEN("q3_listen", false, "ok", 3),
    Q4_HONEST("q4_honest", false, "not sure", 4),
    Q5_GROW("q5_grow", false, "", 5),
    Q6_LEAD("q6_lead", false, "bad", 6),
    THEIR_WORDS("their_words", false, "The staff were kind, but the minibus was often late."),
    ONE_THING_TO_CHANGE("one_thing_to_change", false, "More clubs in the school holidays");

    private final String header;
    private final boolean required;
    private final String example;
    private final int charterPosition;

    ImportColumn(String header, boolean required, String example) {
        this(header, required, example, 0);
    }

    ImportColumn(String header, boolean required, String example, int charterPosition) {
        this.header = header;
        this.required = required;
        this.example = example;
        this.charterPosition = charterPosition;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The value in the template's example row. */
    public String example() {
        return example;
    }

    /** For the six charter answers, the expectation's position (1 to 6); 0 for every other column. */
    public int charterPosition() {
        return charterPosition;
    }

    /** Translation key of the column's description, allowed values and how to fix a wrong value. */
    public String key(String part) {
        return "import.column." + header + "." + part;
    }

    /** The column a header cell names, however it is spelt in case and spacing. */
    public static Optional<ImportColumn> ofHeader(String cell) {
        String normalised = normaliseHeader(cell);
        return Arrays.stream(values()).filter(c -> c.header.equals(normalised)).findFirst();
    }

    static String normaliseHeader(String cell) {
        return cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
