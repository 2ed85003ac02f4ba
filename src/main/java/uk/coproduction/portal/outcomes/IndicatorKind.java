package uk.coproduction.portal.outcomes;

/**
 * The two sets of measures the portal holds: indicators of the Children and Young People's Outcomes Framework
 * (table {@code outcome_indicator}, grouped under the framework's seven outcomes) and the LD&amp;A SMART objectives
 * (table {@code objective}, grouped by LD&amp;A outcome area). Both have the same target and latest-value columns.
 */
public enum IndicatorKind {
    CYP_INDICATOR(
            "outcome_indicator",
            "outcome_indicator_service",
            "indicator_id",
            "INDICATOR",
            "outcome_indicator_plan_domain"),
    LDA_OBJECTIVE("objective", "objective_service", "objective_id", "OBJECTIVE", "objective_plan_domain");

    final String table;
    final String serviceTable;
    final String serviceColumn;
    /** The object type written to the audit log. */
    final String auditType;
    /** The plan domains it informs; the same id column as the service links and the dated values (outcome_value). */
    final String domainTable;

    IndicatorKind(String table, String serviceTable, String serviceColumn, String auditType, String domainTable) {
        this.domainTable = domainTable;
        this.table = table;
        this.serviceTable = serviceTable;
        this.serviceColumn = serviceColumn;
        this.auditType = auditType;
    }
}
