package uk.coproduction.portal.outcomes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.FigureScope;
import uk.coproduction.portal.reporting.ServiceAnswerCounts;
import uk.coproduction.portal.reporting.ServiceAnswerCounts.Counts;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Outcome indicators and SMART objectives beside the voices for the same services: for each linked service, how many
 * pieces of feedback came in over the filter's quarters and what share of the charter answers were positive.
 * Counted by the reporting module ({@link ServiceAnswerCounts}) with the shared evidence condition, so the figures
 * agree with the other dashboards.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class OutcomesDashboard {

    private final OutcomeIndicators indicators;
    private final JdbcClient jdbc;
    private final FigureScope scope;
    private final ServiceAnswerCounts answers;

    OutcomesDashboard(OutcomeIndicators indicators, JdbcClient jdbc, FigureScope scope, ServiceAnswerCounts answers) {
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.scope = scope;
        this.answers = answers;
    }

    /** The teams the page's picker offers: those whose figures the signed-in person may see (decision 0022). */
    public List<Team> teamChoices() {
        return scope.teams();
    }

    /**
     * The indicators the filter is about (a team's own set; a service's linked indicators), each with the voices for
     * its services over the filter's quarters, group, area, age band and channel.
     */
    @Transactional(readOnly = true)
    public List<IndicatorWithVoices> rows(EvidenceFilter asked) {
        // A commissioner's indicators and voices are always their own team's, whatever the link asked for.
        EvidenceFilter filter = scope.narrow(asked);
        List<Indicator> shown = indicators.all().stream()
                .filter(i -> filter.team() == null
                        || (filter.team() == Team.LDA) == (i.kind() == IndicatorKind.LDA_OBJECTIVE))
                .filter(i -> filter.service() == null
                        || i.services().stream().anyMatch(s -> s.code().equals(filter.service())))
                .toList();
        Set<Long> serviceIds = shown.stream()
                .flatMap(i -> i.services().stream())
                .map(LinkedService::id)
                .collect(Collectors.toSet());
        Map<Long, Counts> counts = answers.forServices(filter.withService(null), serviceIds);
        Set<Long> reachable = withinReach(serviceIds);
        return shown.stream()
                .map(i -> new IndicatorWithVoices(
                        i,
                        i.services().stream()
                                .filter(s -> reachable.contains(s.id()))
                                .map(s -> voices(s, counts.getOrDefault(s.id(), Counts.NONE)))
                                .toList()))
                .toList();
    }

    private static ServiceVoices voices(LinkedService service, Counts c) {
        long items = c.items();
        long peopleWhoAnswered = c.peopleWhoAnswered();
        long positive = c.positive();
        long answered = c.answered();
        SmallNumbers.Share share = SmallNumbers.share(positive, answered);
        if (peopleWhoAnswered < SmallNumbers.THRESHOLD && !share.suppressed()) {
            // one or two people answering all six questions must not make a share that describes them
            share = new SmallNumbers.Share(positive, answered, true);
        }
        return new ServiceVoices(service, SmallNumbers.count(items), share);
    }

    /** Of these services, those whose team's figures the signed-in person may see (an indicator may name others). */
    private Set<Long> withinReach(Set<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Set.of();
        }
        var reach = scope.reach();
        return jdbc
                .sql("SELECT id, team FROM commissioned_service WHERE id IN (:ids)")
                .param("ids", serviceIds)
                .query((rs, n) -> reach.covers(Team.valueOf(rs.getString(2))) ? rs.getLong(1) : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
