package uk.coproduction.portal.themes;

import java.util.List;

/** A theme as views show it. */
public record ThemeSummary(long id, String name, List<String> keywords, boolean active) {

    public String keywordText() {
        return String.join(", ", keywords);
    }
}
