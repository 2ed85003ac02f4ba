package uk.coproduction.portal.frontline;

import uk.coproduction.portal.base.calendar.Quarter;

/** What a frontline worker is told after sending: the quarter their view counts for. */
public record FrontlineReceipt(String referenceCode, Quarter quarter) {}
