package uk.coproduction.portal.packs;

import uk.coproduction.portal.base.TextInput;

import java.util.Objects;

/**
 * Text as a pack prints it: whatever reached the database (imported, typed before the intake cleaned it, written by
 * staff), without control characters, direction overrides and isolates (U+202A–202E, U+2066–2069) or half an
 * emoji, which would make a printed line read differently from what was stored. Markup is kept: the PDF prints
 * letters, it never interprets them.
 */
final class PrintableText {

    private PrintableText() {}

    static String of(String text) {
        return Objects.requireNonNullElse(TextInput.clean(text), "");
    }
}
