package uk.coproduction.portal.reporting.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Charts are drawn as SVG by an Apache-licensed generator (Batik's SVGGraphics2D), so a council may share the portal
 * with another; the GPL JFreeSVG is gone. The SVG stays what the dashboard needs: one image with a name, its words
 * as text, ids of its own.
 */
class ChartSvgTest {

    private static final String NAME = "Scores & trends <2026> \"Q1\": 42% positive";

    @Test
    void theGplSvgLibraryIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("org.jfree.svg.SVGGraphics2D"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(ChartSvg.render(chart("Kept safe"), 400, 200, "A chart")).doesNotContain("JFreeSVG");
    }

    @Test
    void aChartIsOneNamedImageWithItsWordsAsText() throws Exception {
        String svg = ChartSvg.render(chart("Kept safe"), 760, 380, NAME);

        assertThat(svg).startsWith("<svg");
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo(NAME);
        assertThat(root.getAttribute("focusable")).isEqualTo("false");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 760 380");
        // No fixed size: the chart scales with the page (CSS sets its width).
        assertThat(root.hasAttribute("width")).isFalse();
        Element title = (Element) root.getElementsByTagNameNS("*", "title").item(0);
        assertThat(root.getFirstChild()).isEqualTo(title);
        assertThat(title.getTextContent()).isEqualTo(NAME);
        // The category and axis labels are text a screen reader or a search can find, not drawn shapes.
        assertThat(texts(root)).contains("Kept safe", "Listened to", "Share (%)");
        // Something is drawn: the bars.
        assertThat(root.getElementsByTagNameNS("*", "path").getLength()
                        + root.getElementsByTagNameNS("*", "rect").getLength())
                .isPositive();
    }

    @Test
    void twoChartsOnOnePageNeverShareAnId() throws Exception {
        String first = ChartSvg.render(chart("Kept safe"), 400, 200, "First");
        String second = ChartSvg.render(chart("Kept safe"), 400, 200, "Second");

        String firstId = parse(first).getDocumentElement().getAttribute("id");
        assertThat(firstId).startsWith("chart-");
        Set<String> firstIds = ids(first);
        Set<String> secondIds = ids(second);
        // Clip paths and the like have ids too, each under the chart's own.
        assertThat(firstIds).hasSizeGreaterThan(1).allMatch(id -> id.equals(firstId) || id.startsWith(firstId + "-"));
        assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
    }

    private static Set<String> ids(String svg) {
        Set<String> ids = new HashSet<>();
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static JFreeChart chart(String category) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(42, "Positive", category);
        data.addValue(58, "Positive", "Listened to");
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis("Share (%)"), new BarRenderer());
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> texts(Element root) {
        Set<String> texts = new HashSet<>();
        NodeList nodes = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
