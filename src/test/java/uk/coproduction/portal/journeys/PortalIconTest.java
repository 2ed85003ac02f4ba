package uk.coproduction.portal.journeys;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.PortalTest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's icon: in the browser tab (/favicon.ico, which browsers ask for on every visit) and on a phone's
 * home screen (the sizes linked from every page's head), for anyone, without signing in, under the portal's own
 * Content Security Policy.
 */
@PortalTest
class PortalIconTest extends BrowserJourney {

    @Test
    void theFaviconAnswersForAnyoneWithAnIcon() {
        Page page = newPerson();
        APIResponse icon = page.request().get(url("/favicon.ico"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).matches("image/(x-icon|vnd\\.microsoft\\.icon|png).*");
        byte[] body = icon.body();
        assertThat(body).hasSizeGreaterThan(100);
        assertThat(new byte[] {body[0], body[1], body[2], body[3]})
                .as("an ICO file's header")
                .containsExactly(0, 0, 1, 0);
    }

    @Test
    void everyPageLinksTheIconsAPhoneUsesForAHomeScreenShortcut() throws IOException {
        Page page = newPerson();
        page.navigate(url("/feedback"));
        page.locator("portal-read-aloud").waitFor();
        for (List<Object> expected : List.of(
                List.<Object>of("apple-touch-icon", "180x180", 180),
                List.<Object>of("icon", "192x192", 192),
                List.<Object>of("icon", "512x512", 512))) {
            String href = page.locator("head link[rel='" + expected.get(0) + "'][sizes='" + expected.get(1) + "']")
                    .getAttribute("href");
            assertThat(href).as("link %s %s", expected.get(0), expected.get(1)).isNotNull();
            APIResponse response = page.request().get(url("/" + href));
            assertThat(response.status()).as(href).isEqualTo(200);
            assertThat(response.headers().get("content-type")).startsWith("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
            assertThat(image.getWidth()).as(href).isEqualTo(expected.get(2));
            assertThat(image.getHeight()).as(href).isEqualTo(expected.get(2));
        }
        assertThat(page.locator("head link[rel='icon'][href='favicon.ico']").count())
                .isEqualTo(1);
        // Loading them all broke nothing: BrowserJourney fails the test on anything the policy blocked.
        page.evaluate("() => Promise.all([...document.querySelectorAll('link[rel~=icon], link[rel=apple-touch-icon]')]"
                + ".map(l => fetch(l.href).then(r => r.status)))");
    }
}
