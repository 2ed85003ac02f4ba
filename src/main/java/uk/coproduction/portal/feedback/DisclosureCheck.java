package uk.coproduction.portal.feedback;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one check every intake calls on arrival (the journeys, "I don't feel safe", advocates, CSV imports, event
 * answers, frontline views): every free-text field the person, advocate or worker wrote is read against the
 * shipped rule set ({@link DisclosureRules}). A disclosure or a possible concern takes the item out of every
 * ordinary view into the safeguarding queue; saving it then alerts the safeguarding leads
 * ({@link SafeguardingConcernRaised}).
 */
@Component
public class DisclosureCheck {

    private final DisclosureRules rules;

    DisclosureCheck() {
        this(DisclosureRules.shipped());
    }

    DisclosureCheck(DisclosureRules rules) {
        this.rules = rules;
    }

    /** The strongest finding in any of the texts, if any. */
    public Optional<DisclosureFinding> check(Collection<String> texts) {
        return rules.check(texts);
    }

    /** Flags the item when anything written in it matches; true when it did. */
    public boolean check(Feedback item, Instant now) {
        return check(item, List.of(), now);
    }

    /** As {@link #check(Feedback, Instant)}, also reading words the channel keeps beside the item. */
    public boolean check(Feedback item, Collection<String> otherWords, Instant now) {
        if (item.isSafeguardingFlag()) {
            return false;
        }
        List<String> words = new ArrayList<>(item.personsWords());
        words.addAll(otherWords);
        Optional<DisclosureFinding> found = rules.check(words);
        found.ifPresent(finding -> item.flagForDisclosure(finding, now));
        return found.isPresent();
    }
}
