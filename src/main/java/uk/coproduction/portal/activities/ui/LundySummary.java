package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.Component;
import uk.coproduction.portal.activities.LundyCheck;
import uk.coproduction.portal.base.LundyAnswer;

/** The Lundy check in one line: "Space: yes, voice: partly, audience: yes, influence: no", or "Not checked yet". */
final class LundySummary {

    private LundySummary() {}

    static String of(LundyCheck check, Component words) {
        if (!check.complete()) {
            return words.getTranslation("activity.lundy.not-checked");
        }
        return words.getTranslation(
                "activity.lundy.summary",
                answer(check.space(), words),
                answer(check.voice(), words),
                answer(check.audience(), words),
                answer(check.influence(), words));
    }

    private static String answer(LundyAnswer answer, Component words) {
        return words.getTranslation("activity.lundy.answer.short." + answer.name());
    }
}
