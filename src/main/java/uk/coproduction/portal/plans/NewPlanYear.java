package uk.coproduction.portal.plans;

/** A new plan year, copied from an earlier plan: its short name, full title and period (e.g. "2021-22"). */
public record NewPlanYear(String shortName, String title, String period) {}
