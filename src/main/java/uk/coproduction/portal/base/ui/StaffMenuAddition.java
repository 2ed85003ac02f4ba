package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the staff menu right after one of its own entries, such as a live count. It is
 * shown only to people who see that entry, so it needs no role rule of its own. Features declare it as a Spring
 * bean; the staff layout never names the feature.
 */
public interface StaffMenuAddition {

    /** The view whose menu entry this follows. */
    Class<? extends Component> follows();

    /** A new component for one staff layout (one per browser tab). */
    Component create();
}
