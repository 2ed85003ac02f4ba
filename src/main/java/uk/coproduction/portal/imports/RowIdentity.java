package uk.coproduction.portal.imports;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.RatingAnswer;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What makes two imported rows the same person's form, however they were typed (issue 24, finding 3; issue 18):
 * the same service, the same date, the same words and the same answers, after normalising what re-keying changes
 * (case, spaces before, after and between words, accents left off Latin letters, services and areas written by code
 * or by name). The fingerprint is a SHA-256 of that, stored with each imported row (import_row.fingerprint, indexed),
 * so a new file is compared with every earlier import in one query. Channel is left out: the same form typed as
 * "paper" once and left blank (paper) the next time is still the same form.
 */
final class RowIdentity {

    /** Combining marks after a Latin letter ("é" written as "e" + accent); marks in other scripts are letters. */
    private static final Pattern LATIN_ACCENTS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s_\\-]+");

    private RowIdentity() {}

    /** Text as a re-typist might vary it, made the same: no accents on Latin letters, one case, single spaces. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        // Plain ASCII has no accents and is its own normal form: skip both normalisations and the look-behind, the
        // most of checking a large file (several cells of 10,000 rows).
        String plain = value.chars().allMatch(c -> c < 0x80)
                ? value
                : Normalizer.normalize(
                        LATIN_ACCENTS
                                .matcher(Normalizer.normalize(value, Normalizer.Form.NFD))
                                .replaceAll(""),
                        Normalizer.Form.NFC);
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * A service's or area's code or name as a key: {@code short_breaks}, {@code SHORT_BREAKS} and "Short  breaks"
     * are one key, the same as the code SHORT_BREAKS's.
     */
    static String referenceKey(String value) {
        return CODE_SEPARATORS.matcher(text(value)).replaceAll(" ").strip();
    }

    static String fingerprint(
            long serviceId,
            LocalDate received,
            RespondentGroup group,
            AgeBand ageBand,
            Long areaId,
            Map<Integer, RatingAnswer> answersByPosition,
            String words,
            String change) {
        StringBuilder identity = new StringBuilder()
                .append(serviceId)
                .append('\u001F')
                .append(received)
                .append('\u001F')
                .append(group)
                .append('\u001F')
                .append(ageBand)
                .append('\u001F')
                .append(areaId)
                .append('\u001F');
        new TreeMap<>(answersByPosition)
                .forEach((position, answer) ->
                        identity.append(position).append('=').append(answer).append(';'));
        identity.append('\u001F').append(text(words)).append('\u001F').append(text(change));
        return RowChecker.sha256(identity.toString().getBytes(StandardCharsets.UTF_8));
    }
}
