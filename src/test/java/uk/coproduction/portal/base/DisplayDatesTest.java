package uk.coproduction.portal.base;

import org.junit.jupiter.api.Test;
import uk.coproduction.portal.base.ui.DisplayDates;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayDatesTest {

    @Test
    void datesAreWrittenTheBritishWayInUkTimeWhateverEnglishTheBrowserAsksFor() {
        Instant summerEvening = Instant.parse("2026-07-03T18:30:00Z");

        assertThat(DisplayDates.date(summerEvening, Locale.US)).isEqualTo("3 July 2026");
        assertThat(DisplayDates.dateTime(summerEvening, Locale.ENGLISH)).isEqualTo("3 July 2026, 19:30");
    }
}
