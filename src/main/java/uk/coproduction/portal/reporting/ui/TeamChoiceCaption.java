package uk.coproduction.portal.reporting.ui;

import com.vaadin.flow.component.Component;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the empty choice of a team picker means, in words that are true for the person looking: "All" only when
 * every team's figures are within their reach; otherwise the teams it stands for (a commissioner's own), because
 * choosing nothing shows their own team's figures, not every team's (decision 0022).
 */
public final class TeamChoiceCaption {

    private TeamChoiceCaption() {}

    /** @param reachable the teams the picker offers (those within the signed-in person's reach) */
    public static String emptyChoice(Component page, List<Team> reachable) {
        if (reachable.size() == Team.values().length) {
            return page.getTranslation("dashboard.filter.all");
        }
        return page.getTranslation(
                "dashboard.filter.team.within-reach",
                reachable.stream()
                        .map(team -> page.getTranslation("team." + team.name()))
                        .collect(Collectors.joining(", ")));
    }
}
