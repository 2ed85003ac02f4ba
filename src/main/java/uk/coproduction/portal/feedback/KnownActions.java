package uk.coproduction.portal.feedback;

import java.util.Collection;

/**
 * Which plan actions exist, asked before feedback is linked to them. Plans answer it (they sit above feedback in the
 * module map, decision 0043), so feedback can refuse a link to an action that is not there without using plans.
 */
public interface KnownActions {

    /** Whether every id names an existing plan action. */
    boolean allExist(Collection<Long> actionIds);
}
