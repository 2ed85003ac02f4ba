package uk.coproduction.portal.frontline;

import org.jspecify.annotations.Nullable;

/** For staff reading a frontline worker's feedback: the quarter and the role they gave (null when they gave none). */
public record FrontlineDetail(String quarter, @Nullable String role) {}
