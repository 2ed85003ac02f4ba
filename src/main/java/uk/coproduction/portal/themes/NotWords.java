package uk.coproduction.portal.themes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out what is not a person's words about a service before the words are analysed: web addresses, e-mail
 * addresses, phone numbers (with the words that hand them over, "call me on", "my number is", "mój telefon:"),
 * reference codes and any other token with a digit in it (dates, counts, case numbers). Without this, "phone me on
 * 07700 900123" suggested "Communication", though the person only said how to reach them.
 *
 * <p>Each match is replaced by as many spaces, so offsets in the result are offsets in what the person wrote and a
 * suggestion can quote their own word.
 */
final class NotWords {

    private static final String HANDING_OVER = "(?:(?:please\\s+)?(?:phone|call|ring|text|contact|tel(?:ephone)?"
            + "|mob(?:ile)?|number|no|nr|numer|telefon|tel\\.?|komórka|dzwonić|zadzwonić)"
            + "(?:\\s+(?:me|us|him|her))?(?:\\s+(?:is|on|at|mój|mi))?\\s*[:.\\-]?\\s*)";
    private static final String MY = "(?:(?:my|mój|moj|our)\\s+)?";
    private static final String PHONE_DIGITS = "\\+?\\(?\\d(?:[\\s().\\-]{0,2}\\d){8,14}";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"),
            Pattern.compile("(?iu)(?:\\b" + MY + "(?:please\\s+)?(?:contact|e-?mail|mail|write\\s+to|kontakt)"
                    + "(?:\\s+(?:me|us|mailowy))?(?:\\s+(?:is|on|at))?\\s*[:.]?\\s*)?"
                    + "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+"),
            Pattern.compile("(?iu)\\b" + MY + HANDING_OVER + "?" + PHONE_DIGITS),
            // portal reference codes (KX7-4PQ) and "ref 2024/0193"
            Pattern.compile(
                    "(?i)\\b(?:ref(?:erence)?\\.?\\s*(?:no\\.?|number)?\\s*[:#]?\\s*)?[A-Z0-9]{3}-[A-Z0-9]{3,4}\\b"),
            Pattern.compile("(?i)\\bref(?:erence)?\\.?\\s*(?:no\\.?|number)?\\s*[:#]?\\s*\\S*\\d\\S*"),
            Pattern.compile("[\\p{L}\\p{N}/.:#\\-]*\\d[\\p{L}\\p{N}/.:#\\-]*"));

    private NotWords() {}

    static String blankedOut(String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(result);
            StringBuilder blanked = new StringBuilder(result.length());
            while (matcher.find()) {
                matcher.appendReplacement(blanked, " ".repeat(matcher.group().length()));
            }
            matcher.appendTail(blanked);
            result = blanked.toString();
        }
        return result;
    }
}
