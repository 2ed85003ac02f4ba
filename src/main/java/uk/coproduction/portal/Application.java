package uk.coproduction.portal;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Coproduction Portal: residents tell the council and the NHS what their services are like,
 * and commissioners show what they heard and what they changed.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/portal.css")
@StyleSheet("styles/workspace.css")
@StyleSheet("styles/advocacy.css")
@StyleSheet("styles/activities.css")
@StyleSheet("styles/imports.css")
@StyleSheet("styles/representation.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("description",
                "Tell Kent's council and NHS what their services are like, and see what changed.");
    }
}
