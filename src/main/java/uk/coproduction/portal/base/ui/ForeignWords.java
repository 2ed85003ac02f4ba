package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words in another language inside a translation, marked in the translation files as
 * {@code <span lang="en">Easy Read</span>}, so that screen readers say them in that language (WCAG 3.1.2;
 * decision 0023). Only that one form of markup is understood; everything else stays plain text, never HTML.
 */
public final class ForeignWords {

    private static final Pattern MARKED =
            Pattern.compile("<span lang=\"([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\">([^<]*)</span>");

    private ForeignWords() {}

    /** The text as components: plain text, and a span with its language for each marked part. */
    public static Component[] parts(String translated) {
        List<Component> parts = new ArrayList<>();
        Matcher marked = MARKED.matcher(translated);
        int from = 0;
        while (marked.find()) {
            if (marked.start() > from) {
                parts.add(new Text(translated.substring(from, marked.start())));
            }
            Span foreign = new Span(marked.group(2));
            foreign.getElement().setAttribute("lang", marked.group(1));
            parts.add(foreign);
            from = marked.end();
        }
        if (from < translated.length()) {
            parts.add(new Text(translated.substring(from)));
        }
        return parts.toArray(Component[]::new);
    }

    /** The words alone, for reading aloud, titles and plain-text places. */
    public static String plain(String translated) {
        return MARKED.matcher(translated).replaceAll("$2");
    }
}
