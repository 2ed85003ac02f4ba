package uk.coproduction.portal.outcomes;

/** A plan domain an indicator can inform, as the outcome figures page offers it: "LD&amp;A outcomes plan — 2 Longer life expectancy". */
public record PlanDomainChoice(long id, String label) {}
