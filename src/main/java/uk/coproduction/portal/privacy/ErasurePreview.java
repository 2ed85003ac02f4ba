package uk.coproduction.portal.privacy;

import java.util.List;

/**
 * What erasing one piece of feedback would remove and what would stay, worked out from what is held for it now,
 * shown to the person before they confirm (decision 0040).
 *
 * @param confirmation the token that carries this erasure out ({@link MyDataService#confirmErasure}); it works once,
 *                     for {@link MyDataService#CONFIRMATION_LIFE}, for this feedback only
 * @param removed      what goes for good, each with how many (for example 2 "tell us more" answers)
 * @param kept         what stays as anonymous counts, each with how many
 */
public record ErasurePreview(String confirmation, List<Item<Part>> removed, List<Item<Kept>> kept) {

    /** Something of the person's that erasure removes. */
    public enum Part {
        COMMENT,
        CHANGE_WANTED,
        MORE_WORDS,
        QUOTE,
        EMAIL,
        PHONE,
        ADVOCATE,
        EQUALITY_ANSWERS
    }

    /** Something that stays, without their words or contact details. */
    public enum Kept {
        /** Their answers to the charter questions, as figures. */
        RATINGS,
        /** Which service, area, group, age band, and when: so the figures still count it. */
        FACTS,
        /** The replies we sent them, as the record of what we did. */
        REPLIES,
        /** Equality answers are never linked to feedback: they stay in the anonymous counts. */
        EQUALITY_NOT_LINKED
    }

    public record Item<T extends Enum<T>>(T what, int count) {}
}
