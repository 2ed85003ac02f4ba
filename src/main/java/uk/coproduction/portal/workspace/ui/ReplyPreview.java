package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import uk.coproduction.portal.feedback.Wording;

import java.util.List;
import java.util.function.Consumer;

/**
 * Both versions of a reply as the person will see them, before it is sent. "Go back and edit" only closes the
 * dialog: the words stay in the form.
 */
class ReplyPreview extends Dialog {

    /**
     * @param easyRead null when there is no Easy Read version
     * @param notes    what else happens when it is sent (approval, e-mail)
     * @param send     called with this dialog when the commissioner confirms
     */
    ReplyPreview(
            String plain,
            String easyRead,
            Wording wording,
            List<String> notes,
            String sendLabel,
            Consumer<ReplyPreview> send) {
        setHeaderTitle(getTranslation("workspace.reply.preview.title"));
        addClassName("replies-preview");
        setWidth("min(42rem, 95vw)");
        boolean showsEasyRead = wording == Wording.EASY_READ && easyRead != null;
        add(new Paragraph(getTranslation(
                showsEasyRead ? "workspace.reply.preview.shown-easy-read" : "workspace.reply.preview.shown-plain")));
        add(new H3(getTranslation("workspace.reply.preview.plain")), words(plain));
        add(new H3(getTranslation("workspace.reply.preview.easy-read")));
        if (easyRead == null) {
            add(new Paragraph(getTranslation("workspace.reply.preview.no-easy-read")));
        } else {
            LongSentenceWarning warning = new LongSentenceWarning();
            add(words(easyRead), warning);
            warning.check(easyRead);
        }
        notes.forEach(note -> add(new Paragraph(note)));

        Button back = new Button(getTranslation("workspace.reply.back"), e -> close());
        Button confirm = new Button(sendLabel, e -> send.accept(this));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(back, confirm);
    }

    private static Paragraph words(String text) {
        Paragraph words = new Paragraph(text);
        words.addClassNames("their-words", "replies-text");
        return words;
    }
}
