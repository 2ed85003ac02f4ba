package uk.coproduction.portal.advocacy;

/** Whether the Easy Read summary was read back to the person before sending, and they agreed with it. */
public enum ReadBack {
    AGREED,
    NOT_READ_BACK
}
