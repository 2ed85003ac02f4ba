package uk.coproduction.portal.representation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceSql;
import uk.coproduction.portal.reporting.FigureScope;
import uk.coproduction.portal.reporting.RepresentationCounts;
import uk.coproduction.portal.reporting.RepresentationCounts.Breakdown;
import uk.coproduction.portal.reporting.RepresentationCounts.EqualityScope;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.representation.RepresentationReport.Cell;
import uk.coproduction.portal.representation.RepresentationReport.Comparison;
import uk.coproduction.portal.representation.RepresentationReport.Equality;
import uk.coproduction.portal.representation.RepresentationReport.Standing;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Who we hear from, set against the population figures administrators enter, and the equality monitoring answers
 * in aggregate. Counted by the reporting module ({@link RepresentationCounts}) with {@link EvidenceSql}, so the
 * figures agree with every other evidence view; every figure goes through {@link SmallNumbers}. A commissioner sees their own team's figures only.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class Representation {

    static final String NONE = RepresentationCounts.NONE;

    private final RepresentationCounts reported;
    private final Clock clock;
    private final PopulationFigures populations;
    private final FigureScope scope;

    Representation(RepresentationCounts reported, Clock clock, PopulationFigures populations, FigureScope scope) {
        this.reported = reported;
        this.clock = clock;
        this.populations = populations;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public RepresentationReport report(EvidenceFilter requested) {
        EvidenceFilter scoped = scoped(requested);
        EvidenceFilter filter = scoped.withQuarters(scoped.firstQuarter(clock), scoped.lastQuarter(clock));
        EvidenceSql where = EvidenceSql.where(filter, clock);

        Map<String, Long> groups = reported.voicesBy(Breakdown.GROUP, where);
        Map<String, Long> bands = reported.voicesBy(Breakdown.AGE_BAND, where);
        Map<String, Long> areas = reported.voicesBy(Breakdown.AREA, where);
        long total = groups.values().stream().mapToLong(Long::longValue).sum();

        List<PopulationFigure> applicable =
                populations.all().stream().filter(p -> applies(p, filter)).toList();
        List<PopulationFigure> figures =
                applicable.stream().filter(p -> p.characteristic() == null).toList();
        List<PopulationFigure> byAnswer =
                applicable.stream().filter(p -> p.characteristic() != null).toList();
        Map<Long, Long> respondents = new LinkedHashMap<>();
        for (PopulationFigure figure : figures) {
            respondents.put(figure.id(), respondentsOf(figure, filter));
        }
        Map<Long, Long> answered = new LinkedHashMap<>();
        for (PopulationFigure figure : byAnswer) {
            answered.put(figure.id(), answeredBy(figure, filter));
        }
        return new RepresentationReport(
                filter,
                SmallNumbers.count(total),
                cells(ordered(groups, RespondentGroup.values()), Function.identity()),
                cells(ordered(bands, AgeBand.values()), Function.identity()),
                cells(areas, Function.identity()),
                averageRate(figures, respondents),
                compare(figures, respondents),
                averageRate(byAnswer, answered),
                compare(byAnswer, answered),
                equality(filter));
    }

    /** A commissioner's figures are always about their own team: the one reach rule (decision 0022). */
    private EvidenceFilter scoped(EvidenceFilter filter) {
        return scope.narrow(filter);
    }

    /** The enum's order first (with every group, even an empty one), then "none". */
    private static <E extends Enum<E>> Map<String, Long> ordered(Map<String, Long> counts, E[] order) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (E value : order) {
            if (value != RespondentGroup.FRONTLINE_WORKER || counts.containsKey(value.name())) {
                result.put(value.name(), counts.getOrDefault(value.name(), 0L));
            }
        }
        if (counts.containsKey(NONE)) {
            result.put(NONE, counts.get(NONE));
        }
        return result;
    }

    private static List<Cell> cells(Map<String, Long> counts, Function<String, String> label) {
        if (counts.values().stream().allMatch(n -> n == 0)) {
            // Nothing to hide in an empty table: every cell is a plain zero, not "fewer than 5".
            return counts.keySet().stream()
                    .map(key -> new Cell(key, label.apply(key), SmallNumbers.count(0), SmallNumbers.share(0, 0)))
                    .toList();
        }
        Map<String, SmallNumbers.Count> shown = SmallNumbers.breakdown(counts);
        Map<String, SmallNumbers.Share> shares = SmallNumbers.shares(counts);
        return counts.keySet().stream()
                .map(key -> new Cell(key, label.apply(key), shown.get(key), shares.get(key)))
                .toList();
    }

    /** Whether a population can be set against the feedback this filter counts. */
    static boolean applies(PopulationFigure figure, EvidenceFilter filter) {
        if (filter.group() == RespondentGroup.FRONTLINE_WORKER) {
            return false;
        }
        return (filter.area() == null || filter.area().equals(figure.areaCode()))
                && (filter.team() == null || figure.team() == null || filter.team() == figure.team())
                && (filter.service() == null
                        || figure.service() == null
                        || filter.service().equals(figure.service()))
                && (filter.group() == null || figure.group() == null || filter.group() == figure.group())
                && (filter.ageBand() == null
                        || figure.ageBands().isEmpty()
                        || figure.ageBands().contains(filter.ageBand()));
    }

    private long respondentsOf(PopulationFigure figure, EvidenceFilter filter) {
        EvidenceFilter narrowed = new EvidenceFilter(
                filter.team() != null ? filter.team() : figure.team(),
                filter.service() != null ? filter.service() : figure.service(),
                figure.areaCode(),
                filter.group() != null ? filter.group() : figure.group(),
                filter.ageBand(),
                filter.channel(),
                filter.from(),
                filter.to(),
                filter.campaign());
        return reported.voices(EvidenceSql.where(narrowed, clock), figure.ageBands());
    }

    /** The people in a population's area (and team and group) who gave its equality monitoring answer. */
    private long answeredBy(PopulationFigure figure, EvidenceFilter filter) {
        EqualityScope where = equalityScope(
                filter,
                filter.team() != null ? filter.team() : figure.team(),
                figure.areaCode(),
                filter.group() != null ? filter.group() : figure.group());
        return reported.equalityAnswered(
                where,
                figure.characteristic().question().column(),
                figure.characteristic().answer());
    }

    /** The equality answers for the filter's quarters and the given team, area and group. */
    private EqualityScope equalityScope(EvidenceFilter filter, Team team, String area, RespondentGroup group) {
        return new EqualityScope(filter.firstQuarter(clock), filter.lastQuarter(clock), team, area, group);
    }

    /**
     * Respondents per 1,000 people over all the populations compared (people in overlapping populations counted in
     * each); empty when it rests on fewer than 5 responses.
     */
    private static OptionalDouble averageRate(List<PopulationFigure> figures, Map<Long, Long> respondents) {
        long heard = respondents.values().stream().mapToLong(Long::longValue).sum();
        long people = figures.stream().mapToLong(PopulationFigure::people).sum();
        if (people == 0 || SmallNumbers.count(heard).suppressed() || heard == 0) {
            return OptionalDouble.empty();
        }
        // From the published (rounded) count, so the rate tells nobody more than the count beside it.
        return OptionalDouble.of(1000.0 * SmallNumbers.rounded(heard) / people);
    }

    private static List<Comparison> compare(List<PopulationFigure> figures, Map<Long, Long> respondents) {
        OptionalDouble average = averageRate(figures, respondents);
        // The populations' counts add up to the count behind the average, so they are suppressed as one breakdown.
        Map<Long, SmallNumbers.Count> counts = SmallNumbers.breakdown(respondents);
        List<Comparison> comparisons = new ArrayList<>();
        for (PopulationFigure figure : figures) {
            SmallNumbers.Count count = counts.get(figure.id());
            if (count.value() == 0) {
                comparisons.add(new Comparison(
                        figure, count, OptionalDouble.empty(), OptionalDouble.empty(), Standing.NO_RESPONSES));
                continue;
            }
            if (count.suppressed()) {
                comparisons.add(new Comparison(
                        figure, count, OptionalDouble.empty(), OptionalDouble.empty(), Standing.TOO_FEW_TO_COMPARE));
                continue;
            }
            double rate = 1000.0 * count.shown().getAsLong() / figure.people();
            if (average.isEmpty()) {
                comparisons.add(new Comparison(
                        figure, count, OptionalDouble.of(rate), OptionalDouble.empty(), Standing.NO_AVERAGE));
                continue;
            }
            double ratio = rate / average.getAsDouble();
            Standing standing = ratio < Standing.UNDER_BELOW
                    ? Standing.UNDER_REPRESENTED
                    : ratio > Standing.OVER_ABOVE ? Standing.OVER_REPRESENTED : Standing.ABOUT_AVERAGE;
            comparisons.add(new Comparison(figure, count, OptionalDouble.of(rate), OptionalDouble.of(ratio), standing));
        }
        return comparisons;
    }

    /**
     * Equality answers are kept by quarter, team, area and group only, so the service, age band and channel filters
     * do not narrow them. The share who answered is of the first-hand (online) feedback in the same scope.
     */
    private Equality equality(EvidenceFilter filter) {
        EqualityScope where = equalityScope(filter, filter.team(), filter.area(), filter.group());
        Map<EqualityQuestion, List<Cell>> questions = new EnumMap<>(EqualityQuestion.class);
        long answeredRows = 0;
        for (EqualityQuestion question : EqualityQuestion.values()) {
            Map<String, Long> found = reported.equalityAnswers(where, question.column());
            Map<String, Long> counts = new LinkedHashMap<>();
            question.options().forEach(option -> counts.put(option, found.getOrDefault(option, 0L)));
            counts.put(NONE, found.getOrDefault(NONE, 0L));
            answeredRows = counts.values().stream().mapToLong(Long::longValue).sum();
            questions.put(question, cells(counts, Function.identity()));
        }
        EvidenceFilter online = new EvidenceFilter(
                filter.team(),
                null,
                filter.area(),
                filter.group(),
                null,
                Channel.ONLINE,
                filter.from(),
                filter.to(),
                filter.campaign());
        EvidenceSql feedbackWhere = EvidenceSql.where(online, clock);
        long couldHave = reported.voices(feedbackWhere, List.of());
        return new Equality(SmallNumbers.share(Math.min(answeredRows, couldHave), couldHave), questions);
    }
}
