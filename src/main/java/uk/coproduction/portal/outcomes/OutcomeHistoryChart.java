package uk.coproduction.portal.outcomes;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.coproduction.portal.reporting.charts.ChartSvg;
import uk.coproduction.portal.reporting.charts.ChartText;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.List;

/**
 * A small line chart of an indicator's standing values, one point per period, with its target as a dashed line,
 * drawn on the server as accessible SVG like the dashboard's charts (decision 0011): black and grey only, every point
 * labelled with its value, the target line labelled in words, so nothing depends on colour.
 */
public final class OutcomeHistoryChart {

    public static final int WIDTH = 560;
    public static final int HEIGHT = 260;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private OutcomeHistoryChart() {}

    /**
     * The chart as an {@code <svg role="img">} whose accessible name is {@code name} (the trend statement), or null
     * when there is nothing to draw.
     */
    public static String svg(IndicatorHistory history, ChartText text, String name) {
        List<DatedValue> standing = history.standing();
        if (standing.isEmpty()) {
            return null;
        }
        Indicator indicator = history.indicator();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = text.text("outcomes.chart.series");
        for (DatedValue value : standing) {
            // Two values in one period (e.g. monthly figures labelled by quarter) must not share a point.
            // A non-breaking hyphen, so "Q1 2025-26" wraps at the space, not inside the year.
            String category =
                    (value.period().isBlank() ? value.asOf().toString() : value.period()).replace('-', '\u2011');
            if (dataset.getColumnKeys().contains(category)) {
                category = category + " (" + value.asOf() + ")";
            }
            dataset.addValue(value.value(), series, category);
        }
        CategoryAxis periods = new CategoryAxis(text.text("outcomes.chart.period"));
        periods.setTickLabelFont(LABEL_FONT);
        // "Q1 2025-26" wraps onto two lines rather than being cut to "Q1 20...".
        periods.setMaximumCategoryLabelLines(2);
        periods.setMaximumCategoryLabelWidthRatio(0.9f);
        periods.setCategoryLabelPositions(
                standing.size() > 8 ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        NumberAxis values = new NumberAxis(
                indicator.unit() == null
                        ? text.text("outcomes.chart.value")
                        : text.text("outcomes.chart.value-in", indicator.unit()));
        values.setTickLabelFont(LABEL_FONT);
        BigDecimal top = standing.stream().map(DatedValue::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        if (indicator.target() != null) {
            top = top.max(indicator.target());
        }
        double upper = "%".equals(indicator.unit()) ? 100 : Math.max(1, top.doubleValue() * 1.15);
        values.setRange(0, upper);

        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.##")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABEL_FONT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        CategoryPlot plot = new CategoryPlot(dataset, periods, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xbd, 0xbd, 0xbd));
        plot.setOutlineVisible(false);
        if (indicator.target() != null) {
            ValueMarker target = new ValueMarker(indicator.target().doubleValue());
            target.setPaint(new Color(0x55, 0x55, 0x55));
            target.setStroke(
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            target.setLabel(
                    text.text("outcomes.chart.target", IndicatorNumber.format(indicator.target(), indicator.unit())));
            target.setLabelFont(LABEL_FONT);
            target.setLabelPaint(Color.BLACK);
            // Over the line at its left end, clear of the latest (rightmost) point, which is often near the target.
            target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            target.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            plot.addRangeMarker(target, Layer.BACKGROUND);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return ChartSvg.render(chart, WIDTH, HEIGHT, name);
    }
}
