package uk.coproduction.portal.help.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.ui.ForeignWords;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.ReadAloud;
import uk.coproduction.portal.safeguarding.ui.SafetyView;

/** Help, in the same place on every page: how to use the portal, and who to ask. */
@Route("help")
@AnonymousAllowed
public class HelpView extends Div implements HasDynamicTitle {

    private static final String[][] TOPICS = {
        {"help.stop", "code", "help.stop.1", "help.stop.2"},
        {"help.listen", "speaker", "help.listen.1", "help.listen.2"},
        {"help.see", "settings", "help.see.1", "help.see.2"},
        {"help.keyboard", "continue", "help.keyboard.1", "help.keyboard.2"},
        {"help.language", "language", "help.language.1", "help.language.2"},
        {"help.someone", "advocate", "help.someone.1", "help.someone.2"},
    };

    HelpView() {
        addClassNames("page", "help-page");
        H1 title = new H1(getTranslation("help.title"));
        add(title, new ReadAloud(allText(), getTranslation("read-aloud.page")));
        for (String[] topic : TOPICS) {
            Section section = new Section(new H2(ForeignWords.parts(getTranslation(topic[0]))));
            for (int i = 2; i < topic.length; i++) {
                section.add(Pictures.sentence(topic[1], getTranslation(topic[i])));
            }
            add(section);
        }
        Section safe = new Section(
                new H2(getTranslation("help.unsafe")),
                Pictures.sentence("safe", getTranslation("help.unsafe.1")),
                new RouterLink(getTranslation("nav.unsafe"), SafetyView.class));
        add(safe);
    }

    private String allText() {
        StringBuilder text = new StringBuilder(getTranslation("help.title")).append(". ");
        for (String[] topic : TOPICS) {
            text.append(getTranslation(topic[0])).append(". ");
            for (int i = 2; i < topic.length; i++) {
                text.append(getTranslation(topic[i])).append(' ');
            }
        }
        return ForeignWords.plain(text.toString().trim());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("help.title"));
    }
}
