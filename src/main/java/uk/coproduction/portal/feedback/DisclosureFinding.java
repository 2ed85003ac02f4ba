package uk.coproduction.portal.feedback;

/**
 * What the rule set found in someone's words.
 *
 * @param matched  the words that matched, as read (lower case, no punctuation): what the lead is shown
 * @param rule     the rule as written in the rule file (so a lead can see why, and a reviewer can find it)
 * @param language the rule file it came from, e.g. {@code en}
 * @param lowered  a disclosure rule matched but a negation came just before it ("nobody hits me") or an [ordinary]
 *                 rule matched the same sentence ("it hit me hard"), so it was lowered to a possible concern
 */
public record DisclosureFinding(DisclosureTier tier, String matched, String rule, String language, boolean lowered) {}
