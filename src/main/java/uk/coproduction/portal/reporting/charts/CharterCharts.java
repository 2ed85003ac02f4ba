package uk.coproduction.portal.reporting.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.reporting.ServiceDashboard.Direction;
import uk.coproduction.portal.reporting.ServiceDashboard.Trend;
import uk.coproduction.portal.reporting.ServiceDashboard.TrendLine;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The charter charts and their text summaries, for dashboards and evidence packs. Drawn to read in black and white:
 * shades of grey, every bar labelled with its tone's sign and value, lines told apart by dash and marker shape.
 * Hidden figures (fewer than 5) are left out of the drawing; the data table beside the chart says so.
 */
public final class CharterCharts {

    public static final int WIDTH = 760;
    public static final int HEIGHT = 380;

    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font BAR_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Map<Tone, String> SIGNS =
            new EnumMap<>(Map.of(Tone.POSITIVE, "+", Tone.NEUTRAL, "=", Tone.NEGATIVE, "−"));
    private static final Map<Tone, Color> SHADES = new EnumMap<>(Map.of(
            Tone.POSITIVE,
            new Color(0x26, 0x26, 0x26),
            Tone.NEUTRAL,
            new Color(0x9e, 0x9e, 0x9e),
            Tone.NEGATIVE,
            new Color(0xf2, 0xf2, 0xf2)));
    private static final Map<Tone, Color> LABEL_SHADES =
            new EnumMap<>(Map.of(Tone.POSITIVE, Color.WHITE, Tone.NEUTRAL, Color.BLACK, Tone.NEGATIVE, Color.BLACK));

    private CharterCharts() {}

    /** A label for an expectation: "1. Respect us & be kind". */
    public static String expectation(Map<Integer, String> titles, int position) {
        return position + ". " + titles.getOrDefault(position, "");
    }

    /** The tone's sign, as it labels the bars: +, = or −. */
    public static String sign(Tone tone) {
        return SIGNS.get(tone);
    }

    /**
     * Stacked horizontal bars, one per expectation: positive, neutral and negative shares (whole percent, each
     * labelled "+42%", "=25%", "−33%").
     *
     * @param overall one score per expectation (the {@code OVERALL} dimension)
     * @param name    the accessible name: the text summary
     */
    public static String scoresSvg(List<Score> overall, Map<Integer, String> titles, ChartText text, String name) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Score score : overall) {
            String category = expectation(titles, score.position());
            for (Tone tone : Tone.values()) {
                OptionalDouble share = score.share(tone).shown();
                dataset.addValue(
                        share.isPresent() ? (Number) (100 * share.getAsDouble()) : null,
                        text.text("dashboard.tone." + tone.name()) + " (" + sign(tone) + ")",
                        category);
            }
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setTickLabelFont(LABEL_FONT);
        NumberAxis percent = percentAxis(text);
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.BLACK);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        renderer.setMaximumBarWidth(0.12);
        Tone[] tones = Tone.values();
        for (int i = 0; i < tones.length; i++) {
            renderer.setSeriesPaint(i, SHADES.get(tones[i]));
            renderer.setSeriesOutlinePaint(i, Color.BLACK);
            renderer.setSeriesItemLabelPaint(i, LABEL_SHADES.get(tones[i]));
        }
        renderer.setDefaultItemLabelGenerator(new SignedPercentLabels(tones));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(BAR_FONT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        CategoryPlot plot = new CategoryPlot(dataset, categories, percent, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return ChartSvg.render(chart(plot), WIDTH, HEIGHT, name);
    }

    /** One line per expectation: its positive share in each quarter; hidden quarters leave a gap. */
    public static String trendSvg(Trend trend, Map<Integer, String> titles, ChartText text, String name) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (TrendLine line : trend.lines()) {
            for (Quarter quarter : trend.quarters()) {
                OptionalDouble share = line.positive().get(quarter).shown();
                dataset.addValue(
                        share.isPresent() ? (Number) (100 * share.getAsDouble()) : null,
                        expectation(titles, line.position()),
                        quarter.toString());
            }
        }
        CategoryAxis quarters = new CategoryAxis(text.text("dashboard.chart.quarter"));
        quarters.setTickLabelFont(LABEL_FONT);
        quarters.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        Shape[] shapes = {
            new Ellipse2D.Double(-4, -4, 8, 8),
            new Rectangle2D.Double(-4, -4, 8, 8),
            triangle(),
            diamond(),
            cross(),
            new Rectangle2D.Double(-5, -1.5, 10, 3)
        };
        float[][] dashes = {null, {6f, 3f}, {2f, 3f}, {10f, 4f}, {6f, 3f, 2f, 3f}, {1f, 5f}};
        for (int i = 0; i < trend.lines().size(); i++) {
            renderer.setSeriesPaint(i, i % 2 == 0 ? Color.BLACK : new Color(0x55, 0x55, 0x55));
            renderer.setSeriesShape(i, shapes[i % shapes.length]);
            float[] dash = dashes[i % dashes.length];
            renderer.setSeriesStroke(
                    i,
                    dash == null
                            ? new BasicStroke(2f)
                            : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        }
        CategoryPlot plot = new CategoryPlot(dataset, quarters, percentAxis(text), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return ChartSvg.render(chart(plot), WIDTH, HEIGHT, name);
    }

    /**
     * "Most positive: … (80%); least positive: … (40%); compared with last quarter: 2 up, 1 down, 0 the same,
     * 3 with too few answers to compare."
     */
    public static String scoresSummary(List<Score> overall, Trend trend, Map<Integer, String> titles, ChartText text) {
        List<Score> shown = overall.stream()
                .filter(s -> s.share(Tone.POSITIVE).shown().isPresent())
                .toList();
        String comparison = comparison(trend, text);
        if (shown.isEmpty()) {
            return text.text("dashboard.chart.scores.summary-none", comparison);
        }
        Comparator<Score> byPositive =
                Comparator.comparingDouble(s -> s.share(Tone.POSITIVE).shown().getAsDouble());
        Score most = shown.stream()
                .max(byPositive.thenComparing(Score::position, Comparator.reverseOrder()))
                .orElseThrow();
        Score least =
                shown.stream().min(byPositive.thenComparing(Score::position)).orElseThrow();
        return text.text(
                "dashboard.chart.scores.summary",
                expectation(titles, most.position()),
                percent(most),
                expectation(titles, least.position()),
                percent(least),
                comparison);
    }

    /** For each expectation whose last two quarters are shown: up, down or the same. */
    public static String trendSummary(Trend trend, Map<Integer, String> titles, ChartText text) {
        List<String> parts = new ArrayList<>();
        for (TrendLine line : trend.lines()) {
            if (line.change() != Direction.SUPPRESSED) {
                parts.add(text.text(
                        "dashboard.chart.trend.part",
                        expectation(titles, line.position()),
                        text.text("dashboard.direction." + line.change().name())));
            }
        }
        Quarter last = trend.quarters().getLast();
        return parts.isEmpty()
                ? text.text(
                        "dashboard.chart.trend.summary-none", trend.quarters().getFirst(), last)
                : text.text(
                        "dashboard.chart.trend.summary", trend.quarters().getFirst(), last, String.join("; ", parts));
    }

    private static String comparison(Trend trend, ChartText text) {
        Map<Direction, Integer> counts = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            counts.put(direction, 0);
        }
        trend.lines().forEach(line -> counts.merge(line.change(), 1, Integer::sum));
        return text.text(
                "dashboard.chart.comparison",
                counts.get(Direction.UP),
                counts.get(Direction.DOWN),
                counts.get(Direction.SAME),
                counts.get(Direction.SUPPRESSED));
    }

    private static String percent(Score score) {
        return Math.round(100 * score.share(Tone.POSITIVE).shown().getAsDouble()) + "%";
    }

    private static NumberAxis percentAxis(ChartText text) {
        NumberAxis axis = new NumberAxis(text.text("dashboard.chart.percent"));
        axis.setRange(0, 100);
        axis.setTickLabelFont(LABEL_FONT);
        return axis;
    }

    private static JFreeChart chart(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xbd, 0xbd, 0xbd));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LABEL_FONT);
        return chart;
    }

    private static Shape triangle() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -5);
        path.lineTo(5, 4);
        path.lineTo(-5, 4);
        path.closePath();
        return path;
    }

    private static Shape diamond() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -5);
        path.lineTo(5, 0);
        path.lineTo(0, 5);
        path.lineTo(-5, 0);
        path.closePath();
        return path;
    }

    private static Shape cross() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(-4, -4);
        path.lineTo(4, 4);
        path.moveTo(-4, 4);
        path.lineTo(4, -4);
        return new BasicStroke(2.5f).createStrokedShape(path);
    }

    /** "+42%": the tone's sign and the whole percent; nothing for bars too narrow to hold a label. */
    private record SignedPercentLabels(Tone[] tones) implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            if (value == null || value.doubleValue() < 6) {
                return null;
            }
            return sign(tones[row]) + Math.round(value.doubleValue()) + "%";
        }
    }
}
