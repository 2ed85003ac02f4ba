package uk.coproduction.portal.charter;

/**
 * A charter expectation with the three wordings people are asked in.
 *
 * @param title the charter's own words ("Respect us & be kind")
 */
public record Expectation(long id, int position, String title, String youngPersonWording, String parentCarerWording,
                          String easyReadWording) {
}
