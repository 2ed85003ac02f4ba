package uk.coproduction.portal.reviews;

import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.Wording;

import java.util.Locale;

/** Who a review asks. Each audience a review asks has its own link, so the answers say who gave them. */
public enum ReviewAudience {
    YOUNG_PEOPLE(RespondentGroup.YOUNG_PERSON),
    PARENTS_CARERS(RespondentGroup.PARENT_CARER),
    LDA_ADULTS(RespondentGroup.LDA_ADULT),
    FRONTLINE_STAFF(RespondentGroup.FRONTLINE_WORKER),
    /** Staff of the organisation that runs the service, speaking for it. */
    PROVIDERS(RespondentGroup.SOMEONE_ELSE),
    /** Partner organisations such as Healthwatch, speaking from what they hear. */
    PARTNERS(RespondentGroup.SOMEONE_ELSE);

    private final RespondentGroup group;

    ReviewAudience(RespondentGroup group) {
        this.group = group;
    }

    /** The group the feedback item made from an answer is counted under. */
    public RespondentGroup respondentGroup() {
        return group;
    }

    /** Whether the audience speaks about the service from the inside or as an organisation (not as residents). */
    public boolean professional() {
        return this == FRONTLINE_STAFF || this == PROVIDERS || this == PARTNERS;
    }

    /** The voice the questions are asked in when the person has not chosen Easy Read. */
    public Wording ordinaryWording() {
        return this == PARENTS_CARERS ? Wording.PARENT_CARER : Wording.YOUNG_PERSON;
    }

    /** The key part in the translation files: {@code reviews.audience.<key>}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
