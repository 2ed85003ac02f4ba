package uk.coproduction.portal.base;

/** How far an activity met one element of the Lundy model of participation. */
public enum LundyAnswer {
    YES,
    PARTLY,
    NO
}
