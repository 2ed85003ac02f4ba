package uk.coproduction.portal.campaigns;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.limits.CampaignAllowance;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser sessions on this instance that carry a campaign's allowance, so closing a leaked link takes the
 * allowance back from all of them at once. Sessions on another instance lose it at their next page
 * ({@code CampaignStillOpen}). Held weakly: an ended session is forgotten by itself.
 */
@Component
class CampaignVisitors {

    private final Map<Long, Set<VaadinSession>> byCampaign = new ConcurrentHashMap<>();

    /** Puts the allowance in the current session and remembers the session under its campaign. */
    void admit(CampaignAllowance allowance) {
        allowance.keepInSession();
        byCampaign
                .computeIfAbsent(
                        allowance.campaignId(),
                        id -> Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>())))
                .add(VaadinSession.getCurrent());
    }

    /** Takes the campaign's allowance out of every session on this instance that has it. */
    void withdraw(long campaignId) {
        Set<VaadinSession> sessions = byCampaign.remove(campaignId);
        if (sessions == null) {
            return;
        }
        VaadinSession[] copy;
        synchronized (sessions) {
            copy = sessions.toArray(VaadinSession[]::new);
        }
        for (VaadinSession session : copy) {
            if (session.hasLock()) {
                forget(session, campaignId);
            } else {
                session.access(() -> forget(session, campaignId));
            }
        }
    }

    static void forget(VaadinSession session, long campaignId) {
        CampaignAllowance held = session.getAttribute(CampaignAllowance.class);
        if (held != null && held.campaignId() == campaignId) {
            session.setAttribute(CampaignAllowance.class, null);
        }
    }
}
