package uk.coproduction.portal.advocacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.GatheringMethod;
import uk.coproduction.portal.advocacy.ReadBackSummary;
import uk.coproduction.portal.advocacy.WordsSource;
import uk.coproduction.portal.base.ui.Pictures;

import java.util.Locale;

/**
 * What will be sent, in Easy Read: one idea per sentence, a picture beside each, large text. The advocate reads it
 * back to the person (or prints it) before sending. Wording: the {@code advocacy.readback.} keys.
 */
class ReadBackSheet extends Div {

    ReadBackSheet(ReadBackSummary summary) {
        addClassNames("easy-read", "advocacy-readback");
        H2 title = new H2(getTranslation("advocacy.readback.sheet-title"));
        add(title);
        line("service", "advocacy.readback.service", summary.serviceName());
        if (summary.areaName() != null) {
            line("area", "advocacy.readback.area", summary.areaName());
        }
        for (GatheringMethod method : summary.gathered().stream().sorted().toList()) {
            line("person", "advocacy.readback.gathered." + method.name(), summary.advocateName());
        }
        for (ReadBackSummary.Answer answer : summary.answers()) {
            String question = getTranslation("charter." + answer.position() + ".question.easy-read");
            line(
                    "face-" + answer.answer().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "advocacy.readback.answer",
                    question,
                    getTranslation("answer." + answer.answer().name()));
        }
        if (summary.comment() != null) {
            line(
                    "write",
                    summary.commentSource() == WordsSource.OWN_WORDS
                            ? "advocacy.readback.comment.own"
                            : "advocacy.readback.comment.summary",
                    summary.comment(),
                    summary.advocateName());
        }
        if (summary.changeWanted() != null) {
            line(
                    "change",
                    summary.changeSource() == WordsSource.OWN_WORDS
                            ? "advocacy.readback.change.own"
                            : "advocacy.readback.change.summary",
                    summary.changeWanted(),
                    summary.advocateName());
        }
        if (summary.consent() == ConsentBasis.BEST_INTERESTS) {
            line("check", "advocacy.readback.consent.BEST_INTERESTS", summary.bestInterestsBy());
        } else {
            line("check", "advocacy.readback.consent." + summary.consent().name());
        }
        line("service", "advocacy.readback.who-reads", summary.serviceName());
        line("reply", "advocacy.readback.reply", summary.advocateName());
        line("advocate", "advocacy.readback.tell-you", summary.advocateName());
        line("help", "advocacy.readback.is-it-right");
    }

    private void line(String picture, String key, Object... arguments) {
        add(Pictures.sentence(picture, getTranslation(key, arguments)));
    }
}
