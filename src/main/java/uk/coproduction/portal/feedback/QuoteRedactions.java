package uk.coproduction.portal.feedback;

import java.util.regex.Pattern;

/**
 * Suggests a redacted copy: replaces obvious identifiers with [email], [phone], [postcode], [date] and [name].
 * Only a first pass — the commissioner still reads and edits the copy before approving it as a quote.
 */
final class QuoteRedactions {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])(?:\\+44\\s?\\(?0?\\)?|0)\\d(?:[\\s-]?\\d){8,9}(?![\\w])");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"
                    + "|\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+\\d{4})?"
                    + "|\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+\\d{4})?"
                    + "|\\b" + MONTH + "\\s+\\d{4}\\b");
    /** A capitalised name (one or more words) after "called", "named", "Mr", "Mrs", "Ms", "Miss", "Dr". */
    private static final Pattern NAME = Pattern.compile(
            "\\b((?i:called|named)|Mr|Mrs|Ms|Miss|Dr)(\\.?\\s+)\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");

    private QuoteRedactions() {
    }

    static String suggest(String text) {
        if (text == null) {
            return null;
        }
        String redacted = EMAIL.matcher(text).replaceAll("[email]");
        redacted = PHONE.matcher(redacted).replaceAll("[phone]");
        redacted = POSTCODE.matcher(redacted).replaceAll("[postcode]");
        redacted = DATE.matcher(redacted).replaceAll("[date]");
        return NAME.matcher(redacted).replaceAll("$1$2[name]");
    }
}
