package uk.coproduction.portal.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Single sign-on with the staff's own organisation (e.g. Microsoft Entra ID), switched on purely by configuration:
 * when a {@code spring.security.oauth2.client.registration.*} is set, Spring Boot provides the registrations and the
 * sign-in page offers them; with none, the portal has password sign-in only.
 */
@Component
public class SingleSignOn {

    private final List<String> registrationIds;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<String> ids = new ArrayList<>();
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> iterable) {
            for (Object registration : iterable) {
                ids.add(((ClientRegistration) registration).getRegistrationId());
            }
        }
        this.registrationIds = List.copyOf(ids);
    }

    public boolean isEnabled() {
        return !registrationIds.isEmpty();
    }

    /** Where the sign-in page sends someone to sign in with their organisation account (the first registration). */
    public String signInPath() {
        return "oauth2/authorization/" + registrationIds.getFirst();
    }
}
