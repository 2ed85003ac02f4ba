package uk.coproduction.portal.reporting;

import java.util.List;

/**
 * One key of a trigger-kept summary whose kept figures differ from a recount of the base tables.
 *
 * @param summary    the summary's table (or the facts' columns)
 * @param key        the key, column by column ({@code quarter_start=2026-10-01, service_id=4, …})
 * @param kept       the figures the summary holds (empty when it has no row for the key)
 * @param recounted  the figures counted from the base tables (empty when they count nothing for the key)
 */
public record SummaryDrift(String summary, String key, List<String> kept, List<String> recounted) {}
