package uk.coproduction.portal.yousaid;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** Everything the public "You said, we did" page shows about one service: nothing personal, nothing unmoderated. */
public record ServiceLoop(
        String code,
        String name,
        String description,
        PublicCount feedbackCount,
        @Nullable LocalDate firstHeard,
        @Nullable LocalDate lastHeard,
        List<ThemeHeard> themes,
        List<ChangeMade> changes,
        List<QuoteShown> quotes) {

    public record ThemeHeard(String theme, PublicCount count) {}

    /**
     * A published quote: two commissioners redacted and approved it. An advocate's summary is never shown as the
     * person's own words.
     */
    public record QuoteShown(String text, boolean advocateSummary) {}

    /** A published change: the plain summary, the Easy Read one, and the date it was made. */
    public record ChangeMade(String summary, String easyRead, LocalDate madeOn) {}
}
