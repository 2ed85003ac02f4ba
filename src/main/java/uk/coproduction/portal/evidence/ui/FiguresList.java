package uk.coproduction.portal.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import uk.coproduction.portal.evidence.Figures;

import java.util.OptionalDouble;

/** Headline figures as terms and values: items, reply rate, median days to reply, loop closure, overdue. */
public class FiguresList extends DescriptionList {

    public FiguresList(Figures figures) {
        addClassNames("summary-list", "chain-figures");
        term("workspace.figures.items", String.valueOf(figures.items()));
        term("workspace.figures.reply-rate", rate(this, figures.replyRate(), figures.replied(), figures.items()));
        term("workspace.figures.median-days", median(this, figures.medianDaysToReply()));
        term("workspace.figures.loop-closure", rate(this, figures.loopClosureRate(), figures.loopClosed(), figures.items()));
        term("workspace.figures.overdue", String.valueOf(figures.overdue()));
    }

    private void term(String key, String value) {
        add(new Term(getTranslation(key)), new Description(value));
    }

    /** A rate as words: "67% (2 of 3)", or "n/a" when there is nothing to count. */
    public static String rate(Component within, OptionalDouble rate, long count, long of) {
        return rate.isEmpty() ? within.getTranslation("workspace.figures.not-applicable")
                : within.getTranslation("workspace.figures.rate", rate.getAsDouble(), count, of);
    }

    /** A median as words: "3.5 days", or "n/a" when nothing was replied to. */
    public static String median(Component within, Double days) {
        return days == null ? within.getTranslation("workspace.figures.not-applicable")
                : within.getTranslation("workspace.figures.days", days);
    }
}
