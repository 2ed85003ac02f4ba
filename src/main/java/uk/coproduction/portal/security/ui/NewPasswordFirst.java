package uk.coproduction.portal.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;

/**
 * Someone who must choose a new password holds no staff role until they do (decision 0028), so every staff page
 * would refuse them; this sends them to the page where they choose it instead of to a refusal.
 */
@Component
class NewPasswordFirst implements VaadinServiceInitListener {

    private static final String PENDING = "ROLE_" + Roles.NEW_PASSWORD_NEEDED;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent enter) {
        if (enter.getNavigationTarget() == NewPasswordView.class
                || !enter.getLocation().getPath().startsWith("staff")) {
            return;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()))) {
            enter.rerouteTo(NewPasswordView.class);
        }
    }
}
