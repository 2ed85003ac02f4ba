package uk.coproduction.portal.reporting.charts;

/**
 * Where chart labels and summaries get their words: a view passes its {@code getTranslation}, a pack its own
 * translation lookup, so charts and summaries read the same in both.
 */
@FunctionalInterface
public interface ChartText {

    String text(String key, Object... arguments);
}
