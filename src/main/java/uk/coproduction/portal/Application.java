package uk.coproduction.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The Coproduction Portal: residents tell the council and the NHS what their services are like,
 * and commissioners show what they heard and what they changed.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
// Only what every page needs: the staff stylesheets are on StaffLayout, a public page's own on its view (decision
// 0049).
@StyleSheet("styles/portal.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        String[] arguments = args;
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--portal.backup."))) {
            // The backup commands (backup.BackupCommand) need only the database; Vaadin's security needs the web
            // server, so it starts on a free port on this machine only, and never clashes with a running portal.
            arguments = Stream.concat(Arrays.stream(args), Stream.of("--server.port=0", "--server.address=127.0.0.1"))
                    .toArray(String[]::new);
        }
        SpringApplication.run(Application.class, arguments);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag(
                "description", "Tell Kent's council and NHS what their services are like, and see what changed.");
        // The portal's icon for the browser tab and for a shortcut on a phone's home screen (decision 0024); the
        // files are in META-INF/resources and open to everyone (SecurityConfig).
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
        settings.addFavIcon("icon", "icons/icon-192.png", "192x192");
        settings.addFavIcon("icon", "icons/icon-512.png", "512x512");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
        // Plain JavaScript, inlined so that display settings apply before anything is drawn; no frontend build is
        // needed for it, so Vaadin's pre-compiled bundles serve the portal (decision 0002).
        settings.addInlineFromFile(
                Inline.Position.APPEND, "META-INF/resources/scripts/portal.js", Inline.Wrapping.JAVASCRIPT);
    }
}
