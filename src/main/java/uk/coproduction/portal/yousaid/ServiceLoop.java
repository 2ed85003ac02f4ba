package uk.coproduction.portal.yousaid;

import java.time.LocalDate;
import java.util.List;

/** Everything the public "You said, we did" page shows about one service: nothing personal, nothing unmoderated. */
public record ServiceLoop(String code, String name, String description, PublicCount feedbackCount,
                          LocalDate firstHeard, LocalDate lastHeard, List<ThemeHeard> themes,
                          List<ChangeMade> changes, List<String> quotes) {

    public record ThemeHeard(String theme, PublicCount count) {
    }

    /** A published change: the plain summary, the Easy Read one, and the date it was made. */
    public record ChangeMade(String summary, String easyRead, LocalDate madeOn) {
    }
}
