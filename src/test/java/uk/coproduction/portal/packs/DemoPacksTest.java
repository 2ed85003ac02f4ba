package uk.coproduction.portal.packs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packs on the demo data, as the administrator: each kind is made, its time printed (not asserted: the benchmark
 * times packs on a million responses) and its pages saved as PDF and grey-scale PNG under target/packs to look at.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class DemoPacksTest {

    @Autowired
    EvidencePacks packs;

    private final Quarter now = Quarter.of(LocalDate.now());

    @Test
    void administratorMakesAServiceAPlanAndAQuarterPackOnTheDemoData() throws Exception {
        EvidencePack service = timed("service", PackRequest.forService("SHORT_BREAKS", now));
        EvidencePack plan = timed("plan", PackRequest.forPlan("JCDP_2020_21", now));
        EvidencePack quarter = timed("quarter", PackRequest.forQuarter(now, null));

        try (PackReader pdf = new PackReader(service.pdf())) {
            assertThat(pdf.text()).contains("Short Breaks holiday clubs", "Charter scores", "Easy Read summary");
            for (int page = 1; page <= pdf.pages(); page++) {
                pdf.png(page, Path.of("target", "packs", "demo-service-page-" + page + ".png"));
            }
        }
        try (PackReader pdf = new PackReader(plan.pdf())) {
            assertThat(pdf.text()).contains("Joint Commissioning Delivery Plan for children and young people");
            pdf.png(2, Path.of("target", "packs", "demo-plan-page-2.png"));
        }
        try (PackReader pdf = new PackReader(quarter.pdf())) {
            assertThat(pdf.text()).contains("All services", "Replies and closing the loop");
            pdf.png(pdf.pages() - 1, Path.of("target", "packs", "demo-quarter-replies.png"));
        }
    }

    private EvidencePack timed(String kind, PackRequest request) throws Exception {
        packs.make(request); // warm up: the first pack loads fonts and classes
        long started = System.nanoTime();
        EvidencePack pack = packs.make(request);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Files.createDirectories(Path.of("target", "packs"));
        Files.write(Path.of("target", "packs", "demo-" + kind + ".pdf"), pack.pdf());
        System.out.printf(
                "Demo %s pack: %d ms, %d pages, %d KB%n", kind, millis, pack.pages(), pack.pdf().length / 1024);
        return pack;
    }
}
