package uk.coproduction.portal.outcomes;

import uk.coproduction.portal.reporting.charts.ChartText;

/**
 * The trend of an indicator in one sentence, the chart's text alternative on pages and in packs. The words come from
 * the caller's translation lookup, so a page and a pack say the same.
 */
public final class TrendStatement {

    private TrendStatement() {}

    public static String say(Indicator indicator, Trend trend, ChartText text) {
        String target = target(indicator, text);
        return switch (trend.change()) {
            case NO_VALUES -> text.text("outcomes.trend.NO_VALUES", target);
            case ONE_VALUE ->
                text.text(
                        "outcomes.trend.ONE_VALUE",
                        figure(indicator, trend.last()),
                        trend.last().period(),
                        target);
            case UP, DOWN, SAME ->
                text.text(
                        "outcomes.trend." + trend.change().name(),
                        figure(indicator, trend.first()),
                        trend.first().period(),
                        figure(indicator, trend.last()),
                        trend.last().period(),
                        trend.better() == null
                                ? ""
                                : text.text(trend.better() ? "outcomes.trend.better" : "outcomes.trend.worse"),
                        target);
        };
    }

    private static String target(Indicator indicator, ChartText text) {
        if (indicator.target() == null) {
            return text.text("outcomes.trend.target.none");
        }
        String target = text.text(
                "outcomes.trend.target." + indicator.direction().name(),
                IndicatorNumber.format(indicator.target(), indicator.unit()));
        return switch (indicator.status()) {
            case MET -> text.text("outcomes.trend.target.met", target);
            case NOT_MET -> text.text("outcomes.trend.target.not-met", target);
            default -> target;
        };
    }

    private static String figure(Indicator indicator, DatedValue value) {
        return IndicatorNumber.format(value.value(), indicator.unit());
    }
}
