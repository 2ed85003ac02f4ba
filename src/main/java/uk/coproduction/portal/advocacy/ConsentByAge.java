package uk.coproduction.portal.advocacy;

import uk.coproduction.portal.base.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which consent an advocate may record for a person of a given age (decision 0039; the database's
 * {@code ck_feedback_advocacy_consent_by_age} holds the same rule):
 * <ul>
 *     <li>under 13: a parent's or carer's consent, or a named best-interests decision; never the child's own alone;</li>
 *     <li>13 to 15: their own consent only as a Gillick-competent young person (Gillick v West Norfolk and Wisbech
 *     AHA [1985]), which the advocate confirms they checked; otherwise a parent's or carer's consent, or a named
 *     best-interests decision;</li>
 *     <li>16 and over: capacity is presumed (Mental Capacity Act 2005 s.1(2)), so their own verbal or written
 *     consent; a named best-interests decision (s.4) only where they were found to lack capacity for this
 *     decision; never a parent's consent, and Gillick competence does not apply.</li>
 * </ul>
 */
public final class ConsentByAge {

    private static final Set<ConsentBasis> OWN = Set.of(ConsentBasis.OWN_VERBAL, ConsentBasis.OWN_WRITTEN);

    private ConsentByAge() {}

    /** The consents that can be recorded for the person (the form says which; the service enforces it). */
    public static List<ConsentBasis> allowed(PersonsAge age) {
        if (age == null) {
            return List.of(ConsentBasis.values());
        }
        if (age.isYoungChild()) {
            return List.of(ConsentBasis.PARENT_FOR_YOUNG_CHILD, ConsentBasis.BEST_INTERESTS);
        }
        if (age.isUnder16()) {
            return List.of(
                    ConsentBasis.GILLICK_COMPETENT, ConsentBasis.PARENT_FOR_YOUNG_CHILD, ConsentBasis.BEST_INTERESTS);
        }
        return List.of(ConsentBasis.OWN_VERBAL, ConsentBasis.OWN_WRITTEN, ConsentBasis.BEST_INTERESTS);
    }

    /**
     * The problems, each at the field to fix, when a consent does not fit the person's age: for anyone else who
     * records consent the way advocates do (answers gathered for a review).
     */
    public static List<InvalidInputException.Problem> problems(
            PersonsAge age, ConsentBasis consent, boolean gillickConfirmed, boolean lacksCapacityConfirmed) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        check(age, consent, gillickConfirmed, lacksCapacityConfirmed, problems);
        return problems;
    }

    /**
     * Adds a problem, at the field to fix, when the consent does not fit the person's age. A missing age or consent
     * is the caller's own problem to report.
     */
    static void check(
            PersonsAge age,
            ConsentBasis consent,
            boolean gillickConfirmed,
            boolean lacksCapacityConfirmed,
            List<InvalidInputException.Problem> problems) {
        if (age == null || consent == null) {
            return; // each is asked for on its own
        }
        if (age.isYoungChild()) {
            if (OWN.contains(consent) || consent == ConsentBasis.GILLICK_COMPETENT) {
                problems.add(new InvalidInputException.Problem("consent", "advocacy.error.consent-under-13"));
            }
        } else if (age.isUnder16()) {
            if (OWN.contains(consent)) {
                problems.add(new InvalidInputException.Problem("consent", "advocacy.error.consent-13-15-own"));
            } else if (consent == ConsentBasis.GILLICK_COMPETENT && !gillickConfirmed) {
                problems.add(new InvalidInputException.Problem(
                        "gillickConfirmed", "advocacy.error.gillick-confirm-required"));
            }
        } else if (consent == ConsentBasis.PARENT_FOR_YOUNG_CHILD) {
            problems.add(new InvalidInputException.Problem("consent", "advocacy.error.consent-16-parent"));
        } else if (consent == ConsentBasis.GILLICK_COMPETENT) {
            problems.add(new InvalidInputException.Problem("consent", "advocacy.error.consent-16-gillick"));
        } else if (consent == ConsentBasis.BEST_INTERESTS && !lacksCapacityConfirmed) {
            problems.add(new InvalidInputException.Problem(
                    "lacksCapacityConfirmed", "advocacy.error.lacks-capacity-confirm-required"));
        }
    }
}
