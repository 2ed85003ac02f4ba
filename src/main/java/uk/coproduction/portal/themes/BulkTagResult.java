package uk.coproduction.portal.themes;

/** What tagging many items at once did: how many got the theme, and how many had it already. */
public record BulkTagResult(int tagged, int alreadyTagged) {}
