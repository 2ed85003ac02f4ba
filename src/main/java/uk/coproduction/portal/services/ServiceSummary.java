package uk.coproduction.portal.services;

import java.util.Locale;

/** What a person choosing a service needs to know about it. */
public record ServiceSummary(
        long id, String name, String description, String searchTerms, Team team, ServiceCategory category) {

    /** True when every word typed appears in the name, description or the plain words people use for it. */
    public boolean matches(String typed) {
        if (typed == null || typed.isBlank()) {
            return true;
        }
        String haystack = (name + " " + description + " " + searchTerms).toLowerCase(Locale.ROOT);
        for (String word : typed.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
