package uk.coproduction.portal.packs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Other documents laid out exactly as evidence packs are (decisions 0013 and 0034): written as XHTML through
 * {@link Html}, whose words are always escaped and printed with the pack fonts, and rendered by openhtmltopdf in its
 * PDF/UA mode, so a review's poster and report are tagged, titled, in en-GB, with the footer as an artifact, like a
 * pack. The renderer set-up is the packs' own ({@link TaggedLayout}), shaping included, so a Gujarati or Bengali word
 * a member of staff wrote (a plan action's title) prints joined up on a poster or a report as in a pack.
 */
@Component
public class TaggedPdf {

    private final List<Path> fontDirectories;

    TaggedPdf(
            @Value(
                            "${portal.packs.font-directories:/usr/share/fonts/truetype,/usr/share/fonts/opentype,/usr/local/share/fonts}")
                    String[] fontDirectories) {
        this.fontDirectories = Arrays.stream(fontDirectories)
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .map(Path::of)
                .toList();
    }

    /**
     * Lays a document out.
     *
     * @param title      its title (shown instead of the file name, and in the footer)
     * @param subject    its subject (metadata)
     * @param pageWord   the word before the page number ("Page")
     * @param extraStyle style rules added after the pack's own
     * @param body       writes the body
     */
    public Made render(String title, String subject, String pageWord, String extraStyle, Consumer<Html> body) {
        PackFonts fonts = PackFonts.in(fontDirectories);
        PrintedText printed = new PrintedText(fonts);
        String shownTitle = printed.of(title);
        PackHtml html = new PackHtml(printed);
        body.accept(new Html(html));
        StringBuilder page = new StringBuilder(html.length() + 4096);
        page.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xml:lang=\"en-GB\"><head><meta charset=\"UTF-8\"/>");
        page.append("<title>").append(PackHtml.escape(shownTitle)).append("</title>");
        page.append("<meta name=\"subject\" content=\"")
                .append(PackHtml.escape(printed.again(subject)))
                .append("\"/>");
        page.append("<style>")
                .append(PackStyle.css(fonts.families(printed.families()), shownTitle, pageWord))
                .append(extraStyle)
                .append("</style></head><body>")
                .append(html)
                .append("</body></html>");
        TaggedLayout.Laid laid = TaggedLayout.lay(page.toString(), fonts.faces(printed.families()), "The document");
        return new Made(shownTitle, laid.pdf(), laid.pages());
    }

    /** A laid-out document. */
    public record Made(String title, byte[] pdf, int pages) {}

    /** The document's body as it is written: words escaped and printed with the embedded fonts. */
    public static final class Html {
        private final PackHtml html;

        Html(PackHtml html) {
            this.html = html;
        }

        /** Opens an element; attributes come as name, value pairs (values are escaped). */
        public Html open(String tag, String... attributes) {
            html.open(tag, attributes);
            return this;
        }

        public Html close(String tag) {
            html.close(tag);
            return this;
        }

        public Html text(String words) {
            html.text(words);
            return this;
        }

        public Html element(String tag, String words, String... attributes) {
            html.element(tag, words, attributes);
            return this;
        }

        /**
         * An inline drawing the document made itself (a QR code, one of the portal's pictures), never words from the
         * database; {@code alternative} is its alternative text in the structure tree (null: decorative).
         */
        public Html drawing(String svg, int widthPt, int heightPt, String alternative) {
            String plain = svg.replaceAll("<\\?xml[^>]*>", "").strip();
            int rootEnd = plain.indexOf('>');
            // The drawing's own size gives way to the size it is printed at.
            plain = plain.substring(0, rootEnd).replaceAll("\\s(width|height)=\"[^\"]*\"", "")
                    + plain.substring(rootEnd);
            String sized = plain.replaceFirst(
                    "<svg ",
                    "<svg width=\"" + widthPt
                            + "pt\" height=\"" + heightPt + "pt\" "
                            + (alternative == null
                                    ? ""
                                    : "alt=\"" + PackHtml.escape(html.printable(alternative)) + "\" "));
            html.markup(sized);
            return this;
        }
    }
}
