package uk.coproduction.portal.packs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a pack looks on paper: A4, black on white, grey only for table headers and bars; the title and "Page n / m" at
 * the foot of every page (page furniture, which the renderer marks as artifacts, so screen readers skip it); table
 * headers repeated on each page; the Easy Read page in 16 pt and up, left aligned, in short lines.
 */
final class PackStyle {

    private PackStyle() {}

    static String css(List<String> families, String footerTitle, String pageWord) {
        String fonts = families.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
        return """
                @page {
                  size: A4; margin: 54pt 50pt 60pt 50pt;
                  @bottom-left { content: "%2$s"; font-family: %1$s; font-size: 9pt; vertical-align: top;
                    padding-top: 4pt; border-top: 0.5pt solid #707070; width: 78%%; white-space: nowrap; overflow: hidden; }
                  @bottom-right { content: "%3$s " counter(page) " / " counter(pages); font-family: %1$s;
                    font-size: 9pt; vertical-align: top; padding-top: 4pt; border-top: 0.5pt solid #707070; }
                }
                body { font-family: %1$s; font-size: 10.5pt; line-height: 1.35; color: #000; margin: 0; }
                h1 { font-size: 24pt; line-height: 1.2; margin: 0 0 18pt 0; }
                h2 { font-size: 16pt; margin: 20pt 0 8pt 0; page-break-after: avoid; }
                h2.cover { font-size: 12.5pt; margin: 12pt 0 6pt 0; }
                h3 { font-size: 12.5pt; margin: 12pt 0 6pt 0; page-break-after: avoid; }
                p { margin: 0 0 5pt 0; }
                ul { margin: 0 0 5pt 0; padding-left: 16pt; }
                section.part { page-break-inside: auto; }
                table { width: 100%%; border-collapse: collapse; margin: 4pt 0 10pt 0; -fs-table-paginate: paginate; }
                th, td { border: 0.5pt solid #707070; padding: 4pt; font-size: 9pt; text-align: left; vertical-align: top; }
                thead th { background-color: #E3E3E3; }
                tbody th { font-weight: normal; }
                tr { page-break-inside: avoid; }
                table.facts th, table.facts td { border: none; border-bottom: 0.5pt solid #707070; padding: 5pt;
                  font-size: 10.5pt; }
                table.facts th { font-weight: bold; width: 24%%; }
                blockquote { margin: 6pt 0 0 14pt; font-size: 11pt; }
                p.who { margin-left: 14pt; }
                div.chart { margin: 4pt 0 6pt 0; }
                section.easy-read { page-break-before: always; text-align: left; max-width: 400pt; }
                section.easy-read h2 { font-size: 26pt; line-height: 1.2; margin: 0 0 14pt 0; }
                section.easy-read h3 { font-size: 20pt; margin: 14pt 0 6pt 0; }
                section.easy-read p, section.easy-read li { font-size: 16pt; line-height: 1.4; margin: 0 0 8pt 0; }
                section.easy-read p.question { font-weight: bold; margin: 0 0 4pt 20pt; }
                section.easy-read p.share { margin: 0 0 10pt 20pt; }
                p.unprintable { border: 0.5pt solid #707070; padding: 5pt; }
                """.formatted(fonts, cssString(footerTitle), cssString(pageWord));
    }

    /** Text inside a CSS string: quotes and backslashes escaped, no line breaks. */
    static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ");
    }
}
