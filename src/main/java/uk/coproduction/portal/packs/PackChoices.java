package uk.coproduction.portal.packs;

import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.services.Team;

import java.util.List;

/**
 * What the signed-in person may make a pack about: commissioners their own team's services and plans, board members
 * and administrators all of them.
 *
 * @param quarters the last 8 quarters, newest first
 * @param teams    the teams a quarter pack may be limited to (a commissioner: only their own)
 * @param allTeams whether a quarter pack may cover every service
 */
public record PackChoices(
        List<Choice> services, List<Choice> plans, List<Quarter> quarters, List<Team> teams, boolean allTeams) {

    public record Choice(String code, String name) {}
}
