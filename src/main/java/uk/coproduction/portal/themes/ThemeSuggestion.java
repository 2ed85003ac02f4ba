package uk.coproduction.portal.themes;

/** A theme the person's words point to: {@code matchedWord} is the word they wrote that matched a keyword. */
public record ThemeSuggestion(ThemeSummary theme, String matchedWord) {}
