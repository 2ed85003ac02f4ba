package uk.coproduction.portal.charter;

/**
 * A charter expectation. The words each group is asked in live in the translation files, keyed by position
 * ({@code charter.<position>.question.<wording>}), so Easy Read and other languages are files, not data.
 *
 * @param title the charter's own words ("Respect us & be kind"), as the charter's record for staff
 */
public record Expectation(long id, int position, String title) {}
