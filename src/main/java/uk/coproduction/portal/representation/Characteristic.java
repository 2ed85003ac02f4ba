package uk.coproduction.portal.representation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One answer to one equality monitoring question, e.g. "disability: yes", that a population figure can be compared
 * with (the people who gave that answer). Stored as {@code QUESTION:ANSWER}.
 */
public record Characteristic(EqualityQuestion question, String answer) {

    public Characteristic {
        if (!question.options().contains(answer) || EqualityQuestion.PREFER_NOT_TO_SAY.equals(answer)) {
            throw new IllegalArgumentException("Not an answer to compare with: " + question + ":" + answer);
        }
    }

    public String code() {
        return question.name() + ":" + answer;
    }

    /** Every answer a population can be compared with ("prefer not to say" is not a population). */
    public static List<Characteristic> all() {
        List<Characteristic> all = new ArrayList<>();
        for (EqualityQuestion question : EqualityQuestion.values()) {
            question.options().stream()
                    .filter(o -> !EqualityQuestion.PREFER_NOT_TO_SAY.equals(o))
                    .forEach(o -> all.add(new Characteristic(question, o)));
        }
        return all;
    }

    public static Optional<Characteristic> parse(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
