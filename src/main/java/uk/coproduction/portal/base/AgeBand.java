package uk.coproduction.portal.base;

/** Age bands, never birth dates: we collect the minimum. */
public enum AgeBand {
    UNDER_11,
    AGE_11_15,
    AGE_16_18,
    AGE_19_25
}
