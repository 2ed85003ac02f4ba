package uk.coproduction.portal.operations;

import org.jspecify.annotations.Nullable;

/**
 * What a log line may contain of text that came from outside: line breaks and every other control character are
 * written as visible escapes ({@code \r}, {@code \n}, {@code \t}, {@code \u0085}), so a value can never end the line
 * it is in and start one of its own that looks like the portal's (issue 24).
 */
public final class LogText {

    private LogText() {}

    public static @Nullable String escape(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacementFor(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static @Nullable String replacementFor(char c) {
        return switch (c) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            default ->
                Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c)
                        : null;
        };
    }
}
