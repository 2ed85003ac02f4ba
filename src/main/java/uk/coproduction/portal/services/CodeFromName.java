package uk.coproduction.portal.services;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A stable code made from the name an administrator typed (e.g. "Speech and Language Therapy" to
 * SPEECH_AND_LANGUAGE_THERAPY). Codes are what addresses, exports and the figures API use, so they never change when a
 * name does; a number is added when the code is taken.
 */
public final class CodeFromName {

    private CodeFromName() {}

    public static String of(String name, int maxLength, Predicate<String> taken) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (plain.isEmpty()) {
            plain = "ITEM";
        }
        String base = plain.length() > maxLength - 4
                ? plain.substring(0, maxLength - 4).replaceAll("_+$", "")
                : plain;
        String code = base;
        for (int n = 2; taken.test(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }
}
