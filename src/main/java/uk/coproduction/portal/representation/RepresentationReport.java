package uk.coproduction.portal.representation;

import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.SmallNumbers;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Who we hear from, and whom we do not: every figure already suppressed ({@link SmallNumbers}).
 *
 * @param filter       the filter applied (a commissioner's own team is always part of it)
 * @param respondents  all feedback the filter counts
 * @param byGroup      respondents by group (key: the group's name)
 * @param byAgeBand    young people's respondents by age band (key: the band's name, "NONE" when not given)
 * @param byArea       respondents by area (key: the area's code, "NONE" when not given)
 * @param averageRate  respondents per 1,000 people over all the populations compared; empty when suppressed
 * @param populations  each population compared with feedback, set against its respondents
 * @param answerAverageRate people who gave the answer per 1,000 people, over the populations compared with equality
 *                          monitoring answers; empty when suppressed
 * @param answerPopulations each population compared with an equality monitoring answer (a protected characteristic)
 * @param equality     the equality monitoring answers in aggregate
 */
public record RepresentationReport(
        EvidenceFilter filter,
        SmallNumbers.Count respondents,
        List<Cell> byGroup,
        List<Cell> byAgeBand,
        List<Cell> byArea,
        OptionalDouble averageRate,
        List<Comparison> populations,
        OptionalDouble answerAverageRate,
        List<Comparison> answerPopulations,
        Equality equality) {

    /** One cell of a breakdown: its count and share of the whole, both suppressed. */
    public record Cell(String key, String label, SmallNumbers.Count count, SmallNumbers.Share share) {}

    /** How a population's rate compares with the average rate; never a zero score. */
    public enum Standing {
        /** Nobody from this population has given feedback in the period. */
        NO_RESPONSES,
        /** Fewer than 5 responses (or hidden so a small one cannot be worked out): no rate is shown. */
        TOO_FEW_TO_COMPARE,
        /** Below {@link #UNDER_BELOW} times the average rate. */
        UNDER_REPRESENTED,
        ABOUT_AVERAGE,
        /** Above {@link #OVER_ABOVE} times the average rate. */
        OVER_REPRESENTED,
        /** The average itself rests on fewer than 5 responses. */
        NO_AVERAGE;

        public static final double UNDER_BELOW = 0.8;
        public static final double OVER_ABOVE = 1.25;
    }

    /**
     * One population set against its respondents.
     *
     * @param ratePerThousand respondents per 1,000 people; empty when the count is hidden or zero
     * @param ratio           the rate divided by the average rate; empty when either is not shown
     */
    public record Comparison(
            PopulationFigure figure,
            SmallNumbers.Count respondents,
            OptionalDouble ratePerThousand,
            OptionalDouble ratio,
            Standing standing) {}

    /**
     * The equality monitoring answers the filter covers (they are kept by quarter, team, area and group only).
     *
     * @param answered  how many people answered, as a share of the first-hand feedback they could have answered after
     * @param questions each question's answers, including "prefer not to say" and "not answered" ("NONE")
     */
    public record Equality(SmallNumbers.Share answered, Map<EqualityQuestion, List<Cell>> questions) {}

    /**
     * Populations we hear least from, of both kinds: no responses first, then under-represented ones, lowest ratio
     * first.
     */
    public List<Comparison> heardLeast() {
        return Stream.concat(populations.stream(), answerPopulations.stream())
                .filter(p -> p.standing() == Standing.NO_RESPONSES || p.standing() == Standing.UNDER_REPRESENTED)
                .sorted(Comparator.comparing((Comparison p) -> p.standing() != Standing.NO_RESPONSES)
                        .thenComparingDouble(p -> p.ratio().orElse(0)))
                .toList();
    }
}
