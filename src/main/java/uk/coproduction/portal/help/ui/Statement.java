package uk.coproduction.portal.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import uk.coproduction.portal.base.ui.ForeignWords;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.ReadAloud;

/**
 * A public statement (privacy notice, accessibility statement): a title and short sections of sentences, each
 * sentence with its picture for Easy Read, and "read aloud" for the whole page. Keys are {@code <prefix>.<topic>}
 * for a heading and {@code <prefix>.<topic>.<n>} for its sentences.
 */
abstract class Statement extends Div {

    /** One section: its topic, the picture beside its sentences and how many sentences it has. */
    record Topic(String name, String picture, int sentences) {}

    private final String prefix;

    Statement(String prefix, Topic... topics) {
        this.prefix = prefix;
        addClassNames("page", prefix + "-page");
        StringBuilder all = new StringBuilder(getTranslation(prefix + ".title"))
                .append(". ")
                .append(getTranslation(prefix + ".intro"))
                .append(' ');
        for (Topic topic : topics) {
            all.append(getTranslation(prefix + "." + topic.name())).append(". ");
            for (int i = 1; i <= topic.sentences(); i++) {
                all.append(getTranslation(prefix + "." + topic.name() + "." + i))
                        .append(' ');
            }
        }
        add(
                new H1(getTranslation(prefix + ".title")),
                new ReadAloud(ForeignWords.plain(all.toString().trim()), getTranslation("read-aloud.page")),
                Pictures.sentence("help", getTranslation(prefix + ".intro")));
        for (Topic topic : topics) {
            Section section = new Section(new H2(ForeignWords.parts(getTranslation(prefix + "." + topic.name()))));
            for (int i = 1; i <= topic.sentences(); i++) {
                section.add(Pictures.sentence(topic.picture(), getTranslation(prefix + "." + topic.name() + "." + i)));
            }
            section.add(extraFor(topic.name()));
            add(section);
        }
    }

    /** Anything a section needs after its sentences, such as a link. */
    Component[] extraFor(String topic) {
        return new Component[0];
    }

    String pageTitle() {
        return getTranslation("journey.page-title", getTranslation(prefix + ".title"));
    }
}
