package uk.coproduction.portal.packs;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each shaped run's ActualText into the page content itself ({@code /Span <</ActualText (…)>> BDC}). PDFBox
 * writes a marked-content property list other than a lone MCID as a named entry of the page's resources
 * ({@code /Span /Prop3 BDC}), which the PDF allows but poppler (pdftotext, and the viewers built on it) does not
 * look up: it would read the drawn glyphs instead of the words as written. Only the spans carrying ActualText are
 * changed; openhtmltopdf's artifacts keep their named lists.
 */
final class ActualTextSpans {

    private ActualTextSpans() {}

    /** @return whether any page was rewritten */
    static boolean inline(PDDocument document) throws IOException {
        boolean changed = false;
        for (PDPage page : document.getPages()) {
            changed |= inline(document, page);
        }
        return changed;
    }

    private static boolean inline(PDDocument document, PDPage page) throws IOException {
        PDResources resources = page.getResources();
        COSDictionary properties =
                resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null
                || properties.getValues().stream()
                        .map(value -> value instanceof COSObject object ? object.getObject() : value)
                        .noneMatch(value ->
                                value instanceof COSDictionary list && list.containsKey(COSName.ACTUAL_TEXT))) {
            return false;
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<COSName> inlined = new ArrayList<>();
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator
                    && OperatorName.BEGIN_MARKED_CONTENT_SEQ.equals(operator.getName())
                    && tokens.get(i - 1) instanceof COSName name
                    && properties.getDictionaryObject(name) instanceof COSDictionary list
                    && list.containsKey(COSName.ACTUAL_TEXT)) {
                tokens.set(i - 1, list);
                inlined.add(name);
            }
        }
        if (inlined.isEmpty()) {
            return false;
        }
        PDStream content = new PDStream(document);
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(content);
        inlined.forEach(properties::removeItem);
        return true;
    }
}
