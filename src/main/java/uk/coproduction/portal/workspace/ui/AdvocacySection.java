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
 * On an item that came through an advocate: who sent it and for which organisation, the person's age as the advocate
 * gave it, how consent was given (and who made a best-interests decision, and what the advocate confirmed about the
 * person's understanding or capacity), whose words each text is, how the views were gathered and whether it was read
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
        term(
                list,
                "advocacy.detail.advocate",
                details.organisationName() == null
                        ? details.advocateName()
                        : getTranslation(
                                "advocacy.detail.advocate-of", details.advocateName(), details.organisationName()));
        if (details.personsAge() != null) {
            term(
                    list,
                    "advocacy.detail.age",
                    getTranslation("advocacy.age." + details.personsAge().name()));
        }
        term(
                list,
                "advocacy.detail.consent",
                details.consent() == ConsentBasis.BEST_INTERESTS
                        ? getTranslation("advocacy.detail.best-interests-by", details.bestInterestsBy())
                        : getTranslation("advocacy.consent." + details.consent().name()));
        // What the advocate confirmed is the evidence behind the consent an inspector asks about (decision 0039).
        if (details.gillickConfirmed()) {
            term(list, "advocacy.detail.confirmed", getTranslation("advocacy.detail.gillick-confirmed"));
        }
        if (details.lacksCapacityConfirmed()) {
            term(list, "advocacy.detail.confirmed", getTranslation("advocacy.detail.lacks-capacity-confirmed"));
        }
        if (details.commentSource() != null) {
            term(list, "advocacy.detail.comment-source", source(details.commentSource()));
        }
        if (details.changeSource() != null) {
            term(list, "advocacy.detail.change-source", source(details.changeSource()));
        }
        term(
                list,
                "advocacy.detail.gathered",
                details.gathered().stream()
                        .sorted()
                        .map(g -> getTranslation("advocacy.gathered." + g.name()))
                        .collect(Collectors.joining(", ")));
        term(
                list,
                "advocacy.detail.read-back",
                getTranslation("advocacy.detail.read-back." + details.readBack().name()));
        add(new H2(getTranslation("advocacy.detail.title")), list);
    }

    private String source(WordsSource source) {
        return getTranslation("advocacy.source." + source.name());
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
