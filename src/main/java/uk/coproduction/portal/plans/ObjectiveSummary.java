package uk.coproduction.portal.plans;

import uk.coproduction.portal.services.Team;

/** An objective as shown when linking feedback to it. */
public record ObjectiveSummary(long id, String code, Team team, String outcomeArea, String title) {

    public String label() {
        return title + " (" + outcomeArea + ")";
    }
}
