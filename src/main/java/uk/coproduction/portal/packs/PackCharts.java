package uk.coproduction.portal.packs;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The charts in an evidence pack, laid out by JFreeChart and written as SVG ({@code ChartSvg}), which the PDF renderer
 * draws as vectors inside a tagged figure whose alternative text gives the numbers (decision 0034). Made to print in black and white: dark
 * grey bars on white, every bar labelled with its value, and a hidden value named in its category label rather than
 * drawn, so nothing depends on colour. The data behind each chart is also printed as a table beside it.
 */
final class PackCharts {

    static final Color BAR = new Color(0x40, 0x40, 0x40);
    static final Color GRID = new Color(0xB0, 0xB0, 0xB0);

    /** One bar: its label (which should carry the value in words when it is hidden) and its share, or null. */
    record Bar(String label, Double share) {}

    /** The pack's own text face (Noto Sans) where Java finds it, so the chart's words match the page's. */
    private static final String FAMILY =
            Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                            .contains("Noto Sans")
                    ? "Noto Sans"
                    : Font.SANS_SERIF;

    private PackCharts() {}

    /** Horizontal bars of shares (0 to 1), labelled with whole percentages. */
    static JFreeChart shares(String valueAxis, List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.forEach(bar -> data.addValue(bar.share(), valueAxis, bar.label()));
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelLines(2);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setTickLabelFont(new Font(FAMILY, Font.PLAIN, 9));
        categories.setTickLabelPaint(Color.BLACK);
        NumberAxis values = new NumberAxis(valueAxis);
        values.setRange(0, 1.0);
        values.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.UK));
        values.setTickLabelFont(new Font(FAMILY, Font.PLAIN, 9));
        values.setLabelFont(new Font(FAMILY, Font.PLAIN, 9));
        values.setTickLabelPaint(Color.BLACK);
        values.setLabelPaint(Color.BLACK);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setSeriesOutlinePaint(0, Color.BLACK);
        renderer.setDrawBarOutline(true);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getPercentInstance(Locale.UK)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FAMILY, Font.BOLD, 9));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);

        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.BLACK);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);

        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 2, 2, 18));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
