package uk.coproduction.portal.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import uk.coproduction.portal.reporting.Figures;
import uk.coproduction.portal.reporting.SmallNumbers;

import java.util.OptionalDouble;

/** Headline figures as terms and values: items, reply rate, median days to reply, loop closure, overdue. */
public class FiguresList extends DescriptionList {

    public FiguresList(Figures figures) {
        addClassNames("summary-list", "chain-figures");
        term("workspace.figures.items", count(this, figures.itemCount()));
        term("workspace.figures.reply-rate", rate(this, figures.replyShare()));
        term("workspace.figures.median-days", median(this, figures));
        term("workspace.figures.loop-closure", rate(this, figures.loopClosureShare()));
        term("workspace.figures.overdue", count(this, figures.overdueCount()));
    }

    private void term(String key, String value) {
        add(new Term(getTranslation(key)), new Description(value));
    }

    /** A count as published (rounded to the nearest 5), or "fewer than 5". */
    public static String count(Component within, SmallNumbers.Count count) {
        return count.format(within.getTranslation("evidence.fewer-than-5"));
    }

    /**
     * A rate as words from the published figures: "67% (10 of 15)", "fewer than 5", or "n/a" when there is nothing
     * to count.
     */
    public static String rate(Component within, SmallNumbers.Share share) {
        if (share.whole() == 0) {
            return within.getTranslation("workspace.figures.not-applicable");
        }
        OptionalDouble shown = share.shown();
        return shown.isEmpty()
                ? within.getTranslation("evidence.fewer-than-5")
                : within.getTranslation(
                        "workspace.figures.rate",
                        shown.getAsDouble(),
                        SmallNumbers.rounded(share.part()),
                        SmallNumbers.rounded(share.whole()));
    }

    /**
     * A median as words: "3.5 days"; "n/a" when nothing was replied to; "fewer than 5" when it would rest on fewer
     * than 5 replies.
     */
    public static String median(Component within, Figures figures) {
        if (figures.medianDaysToReply() == null) {
            return within.getTranslation("workspace.figures.not-applicable");
        }
        Double days = figures.medianDaysShown();
        return days == null
                ? within.getTranslation("evidence.fewer-than-5")
                : within.getTranslation("workspace.figures.days", days);
    }
}
