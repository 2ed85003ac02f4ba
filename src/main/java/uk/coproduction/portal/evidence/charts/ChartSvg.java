package uk.coproduction.portal.evidence.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JFreeChart drawn as one SVG element on the server (JFreeSVG): no browser code, allowed by the portal's content
 * security policy as inline markup, printable, and usable in a PDF. The SVG is an image with an accessible name
 * (the chart's text summary) so screen readers read the summary rather than the drawing; the data table beside it
 * carries the figures. See decision 0011.
 */
public final class ChartSvg {

    private static final AtomicLong IDS = new AtomicLong();

    private ChartSvg() {
    }

    /**
     * The chart as an {@code <svg role="img" aria-label="…">} element that scales to its container.
     *
     * @param name the accessible name: the chart's text summary
     */
    public static String render(JFreeChart chart, int width, int height, String name) {
        String id = "chart-" + IDS.incrementAndGet();
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // Each chart's clip paths and patterns get ids of their own, so two charts on a page never share one.
        g2.setDefsKeyPrefix(id + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
        String escaped = escape(name);
        int endOfTag = svg.indexOf('>');
        return svg.substring(0, endOfTag) + " role=\"img\" aria-label=\"" + escaped + "\" focusable=\"false\">"
                + "<title>" + escaped + "</title>" + svg.substring(endOfTag + 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
