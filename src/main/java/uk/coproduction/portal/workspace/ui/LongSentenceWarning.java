package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import uk.coproduction.portal.feedback.EasyReadSentences;

import java.util.List;

/**
 * Warns, without stopping anyone, about Easy Read sentences of 15 words or more, quoting each. Read out politely
 * by screen readers when it changes.
 */
class LongSentenceWarning extends Div {

    LongSentenceWarning() {
        addClassName("replies-warning");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** Checks the text again; hides the warning when every sentence is short enough. */
    void check(String easyRead) {
        removeAll();
        List<EasyReadSentences.Sentence> tooLong = EasyReadSentences.tooLong(easyRead);
        if (tooLong.isEmpty()) {
            setVisible(false);
            return;
        }
        UnorderedList list = new UnorderedList();
        tooLong.forEach(
                s -> list.add(new ListItem(getTranslation("workspace.reply.long-sentence", s.text(), s.words()))));
        add(new Paragraph(getTranslation("workspace.reply.long-sentences")), list);
        setVisible(true);
    }
}
