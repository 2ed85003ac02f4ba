package uk.coproduction.portal.reporting.charts;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JFreeChart drawn as one SVG element on the server by Apache Batik's {@link SVGGraphics2D} (Apache-2.0; the GPL
 * JFreeSVG it replaces would have stopped councils sharing the portal, decision 0032): no browser code, allowed by the
 * portal's content security policy as inline markup, printable. The SVG is an image with an accessible name (the
 * chart's text summary) and a {@code <title>}, so screen readers read the summary rather than the drawing; the data
 * table beside it carries the figures. See decision 0011.
 */
public final class ChartSvg {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final AtomicLong IDS = new AtomicLong();

    static {
        // JFreeChart otherwise draws rotated labels (a vertical axis's) through a TextLayout, which Batik writes as
        // glyph outlines: drawn as a string they stay text in the SVG. The workaround is for a Java 1.3 bug.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartSvg() {}

    /**
     * The chart as an {@code <svg role="img" aria-label="…">} element that scales to its container.
     *
     * @param name the accessible name: the chart's text summary
     */
    public static String render(JFreeChart chart, int width, int height, String name) {
        String id = "chart-" + IDS.incrementAndGet();
        Document document = newSvgDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        // Each chart's clip paths and patterns get ids of their own, so two charts on a page never share one.
        context.setIDGenerator(new PrefixedIds(id + "-"));
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle(0, 0, width, height));

        Element svg = g2.getRoot();
        svg.setAttribute("id", id);
        // Batik gives every drawing's shared definitions the same id; two charts on a page must not share one.
        for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "genericDefs".equals(element.getAttribute("id"))) {
                element.setAttribute("id", id + "-defs");
            }
        }
        svg.removeAttribute("width");
        svg.removeAttribute("height");
        svg.setAttribute("viewBox", "0 0 " + width + " " + height);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", name);
        svg.setAttribute("focusable", "false");
        Element title = document.createElementNS(SVG_NAMESPACE, "title");
        title.setTextContent(name);
        svg.insertBefore(title, svg.getFirstChild());

        StringWriter out = new StringWriter();
        try {
            // Presentation as SVG attributes, not inline style: the portal's stylesheets can still restyle a chart.
            g2.stream(svg, out, false, false);
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException("Could not write the chart as SVG", e);
        } finally {
            g2.dispose();
        }
        // Batik writes an XML declaration and a DOCTYPE before the element; inline in a page only the element may
        // stand.
        String written = out.toString();
        return written.substring(written.indexOf("<svg")).strip();
    }

    private static Document newSvgDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.appendChild(document.createElementNS(SVG_NAMESPACE, "svg"));
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML document builder in this Java runtime", e);
        }
    }

    /** Batik's ids ({@code clipPath1}, …) with the chart's own prefix in front. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return prefix + super.generateID(kind);
        }
    }
}
