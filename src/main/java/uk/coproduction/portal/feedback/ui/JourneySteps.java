package uk.coproduction.portal.feedback.ui;

import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.DraftSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of a feedback journey in order. The age page is there only for children and young people, so the
 * list depends on the answers so far.
 */
final class JourneySteps {

    static final String SERVICE = "feedback/service";
    static final String AREA = "feedback/area";
    static final String WHO = "feedback/who";
    static final String AGE = "feedback/age";
    static final String QUESTION = "feedback/question/";
    static final String CHANGE = "feedback/change";
    static final String REPLY = "feedback/reply";
    static final String CHECK = "feedback/check";
    static final String START = "feedback";

    private final List<String> paths = new ArrayList<>();

    JourneySteps(DraftSnapshot draft, int questionCount) {
        paths.add(SERVICE);
        paths.add(AREA);
        paths.add(WHO);
        if (draft.respondentGroup() == RespondentGroup.YOUNG_PERSON) {
            paths.add(AGE);
        }
        for (int number = 1; number <= questionCount; number++) {
            paths.add(question(number));
        }
        paths.add(CHANGE);
        paths.add(REPLY);
        paths.add(CHECK);
    }

    static String question(int number) {
        return QUESTION + number;
    }

    /** 1-based position of a page, for "Step 3 of 14". */
    int position(String path) {
        return paths.indexOf(path) + 1;
    }

    int total() {
        return paths.size();
    }

    String next(String path) {
        int index = paths.indexOf(path);
        return index < 0 || index + 1 >= paths.size() ? CHECK : paths.get(index + 1);
    }

    String previous(String path) {
        int index = paths.indexOf(path);
        return index <= 0 ? START : paths.get(index - 1);
    }
}
