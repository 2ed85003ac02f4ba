package uk.coproduction.portal.feedback;

/** How a person wants to hear back, if at all. Contact details are kept only for the way they chose. */
public enum ReplyMethod {
    NONE,
    EMAIL,
    PHONE,
    ADVOCATE
}
