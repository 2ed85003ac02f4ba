package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.RespondentGroup;

/**
 * The words a person was asked in, and so the words we reply in. Easy Read is for adults with a learning
 * disability, autistic adults and anyone else who wants it.
 */
public enum Wording {
    YOUNG_PERSON,
    PARENT_CARER,
    EASY_READ;

    /** The key part of the question wording in the translation files: {@code charter.<n>.question.<key>}. */
    public String key() {
        return switch (this) {
            case YOUNG_PERSON -> "young-person";
            case PARENT_CARER -> "parent-carer";
            case EASY_READ -> "easy-read";
        };
    }

    /** Parents and carers are asked about their child and family; everyone else about themselves. */
    public static Wording of(RespondentGroup group, boolean easyRead) {
        if (easyRead) {
            return EASY_READ;
        }
        return group == RespondentGroup.PARENT_CARER ? PARENT_CARER : YOUNG_PERSON;
    }
}
