package uk.coproduction.portal.reviews;

/** One audience's own link to a review: the whole address to hand out, print or put in a QR code. */
public record AudienceLink(ReviewAudience audience, String url) {}
