package uk.coproduction.portal.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * How many voices an evidence filter counts between two days, with the filter's own condition ({@link EvidenceSql}),
 * so the number agrees with the dashboard filtered the same way. Used where one total is all a page needs (a
 * campaign's finished journeys, {@code campaigns.CampaignService}, which is its security boundary).
 */
@Component
public class VoiceTotals {

    private final JdbcClient jdbc;

    VoiceTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counted voices the filter selects, given on or after {@code from} and before {@code until}. */
    @Transactional(readOnly = true)
    public long between(EvidenceFilter filter, LocalDate from, LocalDate until) {
        EvidenceSql where = EvidenceSql.where(filter, from, until);
        return jdbc.sql("SELECT COUNT(*) FROM feedback f WHERE " + where.sql())
                .params(where.parameters())
                .query(Long.class)
                .single();
    }
}
