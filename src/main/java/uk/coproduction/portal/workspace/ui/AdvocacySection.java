package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import uk.coproduction.portal.advocacy.AdvocacyDetails;
import uk.coproduction.portal.advocacy.AdvocacyEvidence;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.WordsSource;

import java.util.stream.Collectors;

/**
 * On an item that came through an advocate: who sent it and for which organisation, how consent was given (and who
 * made a best-interests decision), whose words each text is, how the views were gathered and whether it was read
 * back. Hidden for feedback the person sent themselves.
 */
class AdvocacySection extends Section {

    AdvocacySection(AdvocacyEvidence advocacy, long feedbackId) {
        addClassName("advocacy-section");
        AdvocacyDetails details = advocacy.forFeedback(feedbackId).orElse(null);
        if (details == null) {
            setVisible(false);
            return;
        }
        DescriptionList list = new DescriptionList();
        list.addClassName("summary-list");
        term(list, "advocacy.detail.advocate", details.organisationName() == null ? details.advocateName()
                : getTranslation("advocacy.detail.advocate-of", details.advocateName(), details.organisationName()));
        term(list, "advocacy.detail.consent", details.consent() == ConsentBasis.BEST_INTERESTS
                ? getTranslation("advocacy.detail.best-interests-by", details.bestInterestsBy())
                : getTranslation("advocacy.consent." + details.consent().name()));
        if (details.commentSource() != null) {
            term(list, "advocacy.detail.comment-source", source(details.commentSource()));
        }
        if (details.changeSource() != null) {
            term(list, "advocacy.detail.change-source", source(details.changeSource()));
        }
        term(list, "advocacy.detail.gathered", details.gathered().stream().sorted()
                .map(g -> getTranslation("advocacy.gathered." + g.name())).collect(Collectors.joining(", ")));
        term(list, "advocacy.detail.read-back", getTranslation("advocacy.detail.read-back." + details.readBack().name()));
        add(new H2(getTranslation("advocacy.detail.title")), list);
    }

    private String source(WordsSource source) {
        return getTranslation("advocacy.source." + source.name());
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
