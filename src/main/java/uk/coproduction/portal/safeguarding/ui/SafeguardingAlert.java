package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import uk.coproduction.portal.safeguarding.SafeguardingService;

/** For safeguarding leads: "N new safeguarding concerns", linking to the queue (only for leads: the service checks). */
public class SafeguardingAlert extends RouterLink {

    private final SafeguardingService safeguarding;

    public SafeguardingAlert(SafeguardingService safeguarding) {
        super("", SafeguardingQueueView.class);
        this.safeguarding = safeguarding;
        refresh();
        addAttachListener(attached -> {
            Registration changes = ComponentUtil.addListener(attached.getUI(), QueueChanged.class, e -> refresh());
            addDetachListener(detached -> {
                changes.remove();
                detached.unregisterListener();
            });
        });
    }

    private void refresh() {
        setText(getTranslation("safeguarding.alert", safeguarding.waitingCount()));
    }

    /** Tells the count on this page that the queue changed without leaving it (a burst was cleared). */
    static void queueChanged(UI ui) {
        ComponentUtil.fireEvent(ui, new QueueChanged(ui));
    }

    private static class QueueChanged extends ComponentEvent<UI> {
        QueueChanged(UI ui) {
            super(ui, false);
        }
    }
}
