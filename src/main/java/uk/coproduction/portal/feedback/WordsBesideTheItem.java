package uk.coproduction.portal.feedback;

import java.util.List;

/**
 * Words a person wrote that another feature keeps beside their feedback item rather than on it (the answers to a
 * review's own questions, decision 0047). The safeguarding leads read them with the item's own words: whoever is
 * alerted must see everything the person said. The feature that keeps them answers (it sits above feedback in the
 * module map, decision 0043).
 */
public interface WordsBesideTheItem {

    /** The words kept beside the item, in the order they were asked; empty when there are none. */
    List<String> wordsBeside(long feedbackId);
}
