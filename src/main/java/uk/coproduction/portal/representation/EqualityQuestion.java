package uk.coproduction.portal.representation;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The optional equality monitoring questions, one for each protected characteristic of the Equality Act 2010 (race is
 * asked as the ONS's top-level ethnic groups). Each has the answer {@link #PREFER_NOT_TO_SAY}; a question left
 * unanswered is stored as NULL. Wordings are in the translation files: {@code equality.<key>.label} and
 * {@code equality.<key>.<OPTION>}.
 */
public enum EqualityQuestion {
    AGE(
            "age",
            "age_band",
            Asked.ADULTS,
            "UNDER_25",
            "AGE_25_34",
            "AGE_35_44",
            "AGE_45_54",
            "AGE_55_64",
            "AGE_65_74",
            "AGE_75_OVER"),
    DISABILITY("disability", "disability", Asked.EVERYONE, "YES", "NO"),
    SEX("sex", "sex", Asked.EVERYONE, "FEMALE", "MALE"),
    GENDER("gender", "gender_same_as_birth", Asked.EVERYONE, "YES", "NO"),
    ETHNIC_GROUP("ethnic", "ethnic_group", Asked.EVERYONE, "ASIAN", "BLACK", "MIXED", "WHITE", "OTHER"),
    RELIGION(
            "religion",
            "religion",
            Asked.EVERYONE,
            "NO_RELIGION",
            "CHRISTIAN",
            "BUDDHIST",
            "HINDU",
            "JEWISH",
            "MUSLIM",
            "SIKH",
            "OTHER"),
    SEXUAL_ORIENTATION(
            "orientation",
            "sexual_orientation",
            Asked.ADULTS_AND_16_PLUS,
            "STRAIGHT",
            "GAY_OR_LESBIAN",
            "BISEXUAL",
            "OTHER"),
    MARRIAGE("marriage", "married_or_civil", Asked.ADULTS, "YES", "NO"),
    PREGNANCY("pregnancy", "pregnancy_maternity", Asked.ADULTS, "YES", "NO");

    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

    /** Who is asked: young people have given their age band already, and some questions are for adults. */
    enum Asked {
        EVERYONE,
        ADULTS,
        ADULTS_AND_16_PLUS
    }

    private final String key;
    private final String column;
    private final Asked asked;
    private final List<String> answers;

    EqualityQuestion(String key, String column, Asked asked, String... answers) {
        this.key = key;
        this.column = column;
        this.asked = asked;
        this.answers = List.of(answers);
    }

    /** The part of its translation keys, e.g. {@code equality.disability.label}. */
    public String key() {
        return key;
    }

    /** Its column in {@code equality_response}. */
    public String column() {
        return column;
    }

    /** The answers in the order they are offered, ending with "Prefer not to say". */
    public List<String> options() {
        return Stream.concat(answers.stream(), Stream.of(PREFER_NOT_TO_SAY)).toList();
    }

    /**
     * Whether someone is asked this question. Young people are not asked their age (they gave their age band) nor
     * about marriage or pregnancy; sexual orientation is asked from 16.
     */
    public boolean isAskedOf(RespondentGroup group, AgeBand ageBand) {
        boolean young = group == RespondentGroup.YOUNG_PERSON;
        return switch (asked) {
            case EVERYONE -> true;
            case ADULTS -> !young;
            case ADULTS_AND_16_PLUS -> !young || ageBand == AgeBand.AGE_16_18 || ageBand == AgeBand.AGE_19_25;
        };
    }

    public static List<EqualityQuestion> askedOf(RespondentGroup group, AgeBand ageBand) {
        return Arrays.stream(values()).filter(q -> q.isAskedOf(group, ageBand)).toList();
    }
}
