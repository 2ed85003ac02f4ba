package uk.coproduction.portal.packs;

/**
 * A pack written as XHTML for the PDF renderer. Words always go through {@link PrintedText} and are escaped, so what
 * a resident or a member of staff wrote stays letters (markup in a quote prints as markup); only the pack's own
 * elements and its chart drawings are markup.
 */
final class PackHtml {

    private final StringBuilder out = new StringBuilder(32_768);
    private final PrintedText printed;

    PackHtml(PrintedText printed) {
        this.printed = printed;
    }

    /** Opens an element; attributes come as name, value pairs (values are escaped, not printed). */
    PackHtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
        out.append('>');
        return this;
    }

    PackHtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Words as printed: unprintable characters replaced by the marker and counted. */
    PackHtml text(String words) {
        out.append(escape(printed.of(words)));
        return this;
    }

    /** An element holding only words. */
    PackHtml element(String tag, String words, String... attributes) {
        return open(tag, attributes).text(words).close(tag);
    }

    PackHtml lineBreak() {
        out.append("<br/>");
        return this;
    }

    /** Markup the pack made itself (a chart's SVG), never words from the database. */
    PackHtml markup(String markup) {
        out.append(markup);
        return this;
    }

    /** Words for an attribute or a style sheet string, printed the same way. */
    String printable(String words) {
        return printed.of(words);
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
