package uk.coproduction.portal.frontline;

/** For staff reading a frontline worker's feedback: the quarter and the role they gave. */
public record FrontlineDetail(String quarter, String role) {}
