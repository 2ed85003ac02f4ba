package uk.coproduction.portal.yousaid.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.ReadAloud;
import uk.coproduction.portal.feedback.ui.StartFeedbackView;
import uk.coproduction.portal.yousaid.PublicCount;
import uk.coproduction.portal.yousaid.ServiceLoop;
import uk.coproduction.portal.yousaid.YouSaidWeDidService;

import java.util.ArrayList;
import java.util.List;

/**
 * One service's "You said, we did": what people told us (themes, counted, small counts hidden), what changed
 * and when, and a few moderated quotes. In Easy Read each change is shown in its Easy Read words.
 */
@StyleSheet("styles/yousaid.css")
@Route("you-said-we-did/:code")
@AnonymousAllowed
public class YouSaidWeDidView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final YouSaidWeDidService youSaidWeDid;
    private @Nullable String title;

    YouSaidWeDidView(YouSaidWeDidService youSaidWeDid) {
        this.youSaidWeDid = youSaidWeDid;
        addClassNames("page", "yousaid-page");
    }

    private void quotes(List<ServiceLoop.QuoteShown> quotes, String keys) {
        if (quotes.isEmpty()) {
            return;
        }
        Section words = new Section(new H2(getTranslation(keys + ".title")));
        for (ServiceLoop.QuoteShown quote : quotes) {
            Element said = new Element("blockquote").setText(quote.text());
            said.getClassList().add("yousaid-quote");
            said.setAttribute("aria-label", getTranslation(keys + ".label"));
            words.getElement().appendChild(said);
        }
        add(words);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get(CODE).orElse("");
        youSaidWeDid.loop(code).ifPresentOrElse(this::show, this::notFound);
    }

    private void show(ServiceLoop loop) {
        boolean easyRead = Languages.isEasyRead(getLocale());
        title = getTranslation("yousaid.service.title", loop.name());
        List<String> spoken = new ArrayList<>(List.of(title));
        add(back(), new H1(title));
        if (!easyRead) {
            add(new Paragraph(loop.description()));
        }

        Section heard = new Section(new H2(getTranslation("yousaid.heard.title")));
        String howMany = loop.feedbackCount().value() == 0
                ? getTranslation("yousaid.heard.none")
                : loop.feedbackCount().suppressed()
                        ? getTranslation("yousaid.heard.few")
                        : getTranslation(
                                "yousaid.heard.count",
                                loop.feedbackCount().shown().getAsLong());
        heard.add(Pictures.sentence("person", howMany));
        spoken.add(howMany);
        if (loop.firstHeard() != null && loop.lastHeard() != null) {
            String when = getTranslation(
                    "yousaid.heard.between",
                    DisplayDates.month(loop.firstHeard(), getLocale()),
                    DisplayDates.month(loop.lastHeard(), getLocale()));
            heard.add(Pictures.sentence("write", when));
            spoken.add(when);
        }
        if (!loop.themes().isEmpty()) {
            heard.add(new Paragraph(getTranslation("yousaid.themes.intro")));
            UnorderedList themes = new UnorderedList();
            themes.addClassName("yousaid-themes");
            for (ServiceLoop.ThemeHeard theme : loop.themes()) {
                String line = getTranslation("yousaid.themes.line", theme.theme(), count(theme.count()));
                themes.add(new ListItem(line));
                spoken.add(line);
            }
            heard.add(themes);
        }
        add(heard);

        Section did = new Section(new H2(getTranslation("yousaid.did.title")));
        if (loop.changes().isEmpty()) {
            String none = getTranslation("yousaid.did.none");
            did.add(Pictures.sentence("change", none));
            spoken.add(none);
        } else {
            UnorderedList changes = new UnorderedList();
            changes.addClassName("yousaid-did");
            for (ServiceLoop.ChangeMade change : loop.changes()) {
                String words = easyRead && change.easyRead() != null ? change.easyRead() : change.summary();
                Span when = new Span(DisplayDates.month(change.madeOn(), getLocale()));
                when.addClassName("yousaid-when");
                ListItem item = new ListItem(when, Pictures.sentence("change", words));
                changes.add(item);
                spoken.add(DisplayDates.month(change.madeOn(), getLocale()) + ". " + words);
            }
            did.add(changes);
            if (Languages.POLISH.getLanguage().equals(getLocale().getLanguage())) {
                did.add(new Paragraph(getTranslation("yousaid.did.in-english")));
            }
        }
        add(did);

        quotes(loop.quotes().stream().filter(q -> !q.advocateSummary()).toList(), "yousaid.quotes");
        // An advocate's summary is what the advocate understood, never the person's own words.
        quotes(
                loop.quotes().stream()
                        .filter(ServiceLoop.QuoteShown::advocateSummary)
                        .toList(),
                "yousaid.advocate-quotes");

        Section tell = new Section(
                new H2(getTranslation("yousaid.tell.title")),
                Pictures.sentence("write", getTranslation("yousaid.tell.1")),
                new RouterLink(getTranslation("home.give"), StartFeedbackView.class));
        add(tell);
        addComponentAtIndex(2, new ReadAloud(String.join(". ", spoken), getTranslation("read-aloud.page")));
    }

    private String count(PublicCount count) {
        return count.shown().isPresent()
                ? String.valueOf(count.shown().getAsLong())
                : getTranslation("yousaid.fewer-than-5");
    }

    private void notFound() {
        title = getTranslation("yousaid.not-found.title");
        add(back(), new H1(title), new Paragraph(getTranslation("yousaid.not-found.text")));
    }

    private RouterLink back() {
        RouterLink back = new RouterLink(getTranslation("yousaid.all"), YouSaidWeDidListView.class);
        back.addClassName("back-link");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", title == null ? getTranslation("yousaid.title") : title);
    }
}
