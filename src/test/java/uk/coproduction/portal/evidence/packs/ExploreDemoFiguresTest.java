package uk.coproduction.portal.evidence.packs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.coproduction.portal.evidence.EvidenceFilter;
import uk.coproduction.portal.evidence.ServiceDashboard;
import uk.coproduction.portal.evidence.ServicesOverview;
import uk.coproduction.portal.frontline.Quarter;
import uk.coproduction.portal.security.Roles;

import java.time.LocalDate;

@SpringBootTest
@ActiveProfiles({"test", "demo"})
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class ExploreDemoFiguresTest {
    @Autowired EvidencePacks packs;
    @Autowired ServiceDashboard dashboard;
    @Autowired ServicesOverview overview;
    @Autowired JdbcTemplate jdbc;

    @Test
    void explore() throws Exception {
        Quarter now = Quarter.of(LocalDate.now());
        for (Quarter q : new Quarter[] {now, now.previous()}) {
            EvidencePack pack = packs.make(PackRequest.forQuarter(q, null));
            try (PackReader pdf = new PackReader(pack.pdf())) {
                String text = pdf.text();
                int i = text.indexOf("Replies and closing the loop");
                System.out.println("QUARTER " + q + " cover: " + text.substring(text.indexOf("Feedback counted"), text.indexOf("Feedback counted") + 40));
                System.out.println("QUARTER " + q + " replies: " + text.substring(text.lastIndexOf("Median days to first reply"), Math.min(text.length(), text.lastIndexOf("Median days to first reply") + 1200)));
            }
            for (var row : overview.rows(EvidenceFilter.ALL.withQuarters(q, q))) {
                var r = dashboard.replies(EvidenceFilter.forService(row.code()).withQuarters(q, q));
                System.out.println("DASH " + q + " " + row.name() + " overview=" + row.items().format("<5") + " dashboard=" + r.items().format("<5") + " raw=" + r.items().value());
            }
        }
        for (String code : new String[] {"SHORT_BREAKS", "SPEECH_LANGUAGE_THERAPY", "PORTAGE"}) {
            EvidencePack pack = packs.make(PackRequest.forService(code, now));
            try (PackReader pdf = new PackReader(pack.pdf())) {
                String text = pdf.text();
                System.out.println("SERVICE " + code + " cover: " + text.substring(text.indexOf("Feedback counted"), text.indexOf("Feedback counted") + 30));
                int m = text.lastIndexOf("Median days to first reply");
                System.out.println("SERVICE " + code + " replies: " + text.substring(m, m + 120));
                int w = text.indexOf("Who we heard from", text.indexOf("Who we heard from") + 20);
                System.out.println("SERVICE " + code + " who: " + text.substring(w, Math.min(text.length(), w + 500)));
            }
            var r = dashboard.replies(EvidenceFilter.forService(code).withQuarters(now.lastQuarters(8).getFirst(), now));
            System.out.println("SERVICE DASH " + code + " items=" + r.items().format("<5") + " raw=" + r.items().value());
            System.out.println("RAW " + code + " " + jdbc.queryForList("""
                select (select count(*) from feedback f where f.service_id=s.id) allrows,
                 (select count(*) from feedback f where f.service_id=s.id and safeguarding_flag) flagged,
                 (select count(*) from feedback f where f.service_id=s.id and held_for_review) held,
                 (select count(*) from feedback f where f.service_id=s.id and respondent_group='FRONTLINE_WORKER') frontline,
                 (select count(*) from feedback_service fs join feedback f on f.id=fs.feedback_id where fs.service_id=s.id and not (f.service_id <=> fs.service_id)) further,
                 (select min(submitted_at) from feedback f where f.service_id=s.id) first
                from commissioned_service s where s.code=?""", code));
        }
    }
}
