package uk.coproduction.portal.services;

import uk.coproduction.portal.security.ServiceScope;

/**
 * Whose aggregate, disclosure-controlled figures a member of staff may see (decision 0022): the figures of every
 * service of a team, whichever organisation commissions it, or of every team. Identifiable feedback follows
 * {@link ServiceScope} instead.
 *
 * @param everyTeam board members and administrators
 * @param team      a commissioner's own team (null when they have none, or reach every team)
 */
public record FiguresReach(boolean everyTeam, Team team) {

    public static final FiguresReach NONE = new FiguresReach(false, null);

    /** Whether the figures of this team's services are within reach. */
    public boolean covers(Team other) {
        return everyTeam || (team != null && team == other);
    }

    /** Whether any figures at all are within reach. */
    public boolean any() {
        return everyTeam || team != null;
    }
}
