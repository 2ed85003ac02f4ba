package uk.coproduction.portal.advocacy;

import uk.coproduction.portal.base.AgeBand;

/**
 * How old the person an advocate speaks for is: the first thing the advocate's form asks, because it decides which
 * consent can be recorded ({@link ConsentByAge}, decision 0039). Finer than the figures' age bands where the law
 * draws a line (13 and 16 fall inside "11 to 15"); each maps to the age band the figures count it under.
 */
public enum PersonsAge {
    UNDER_11(AgeBand.UNDER_11),
    AGE_11_12(AgeBand.AGE_11_15),
    AGE_13_15(AgeBand.AGE_11_15),
    AGE_16_18(AgeBand.AGE_16_18),
    AGE_19_25(AgeBand.AGE_19_25),
    /** Figures have no band over 25 (the bands are for children and young people): counted with no age band. */
    OVER_25(null);

    private final AgeBand ageBand;

    PersonsAge(AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    /** The age band the figures count the person under; null over 25. */
    public AgeBand ageBand() {
        return ageBand;
    }

    /** Under 13: self-consent is not plausible here. */
    public boolean isYoungChild() {
        return this == UNDER_11 || this == AGE_11_12;
    }

    /** 13 to 15: their own consent only as a Gillick-competent young person. */
    public boolean isUnder16() {
        return isYoungChild() || this == AGE_13_15;
    }
}
