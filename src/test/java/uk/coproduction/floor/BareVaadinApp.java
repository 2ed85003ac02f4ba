package uk.coproduction.floor;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The floor of PublicPageWeightBenchmark: a bare Vaadin 25 + Spring Boot 4 app with one view of the components the
 * resident's first page uses, run from the production jar's own libraries and Vaadin bundle, in production mode. It
 * lives outside the portal's packages, in the test classes only, so it is never part of the portal.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class BareVaadinApp implements AppShellConfigurator {

    /** The one view, at the portal's address for it (see {@link BareFeedbackView} for why not {@code @Route}). */
    @Bean
    VaadinServiceInitListener theFormAtFeedback() {
        return event -> RouteConfiguration.forRegistry(
                        event.getSource().getRouter().getRegistry())
                .setRoute("feedback", BareFeedbackView.class);
    }

    public static void main(String[] args) {
        SpringApplication.run(BareVaadinApp.class, args);
    }
}
