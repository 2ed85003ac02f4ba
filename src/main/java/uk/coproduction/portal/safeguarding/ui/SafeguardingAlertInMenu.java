package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import uk.coproduction.portal.base.ui.StaffMenuAddition;
import uk.coproduction.portal.safeguarding.SafeguardingService;

/** The "N new safeguarding concerns" count beside the queue's menu entry, for the leads who see that entry. */
@SpringComponent
class SafeguardingAlertInMenu implements StaffMenuAddition {

    private final SafeguardingService safeguarding;

    SafeguardingAlertInMenu(SafeguardingService safeguarding) {
        this.safeguarding = safeguarding;
    }

    @Override
    public Class<? extends Component> follows() {
        return SafeguardingQueueView.class;
    }

    @Override
    public Component create() {
        return new SafeguardingAlert(safeguarding);
    }
}
