package uk.coproduction.portal.packs;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How long a pack takes with residents' words in many scripts (IndicShapingTest's five quotes: Nepali and Hindi,
 * Bengali, Punjabi, Arabic and Chinese, Polish and emoji) and with English words only: six packs to warm up, then
 * twenty timed, end to end through the service: the wall time, and the CPU time of the thread making the pack (the
 * machine is shared, so the wall time says as much about the other work on it). Excluded from the normal run (tag {@code benchmark}); run it with
 * {@code mvn -Pbenchmark test -Dtest=PackRenderingBenchmark} on the code before and after a change to compare.
 */
@Tag("benchmark")
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class PackRenderingBenchmark {

    private static final int WARM_UP = 6;
    private static final int RUNS = 20;

    @Autowired
    EvidencePacks packs;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    private final Quarter now = Quarter.of(LocalDate.now());

    @Test
    void packsWithManyScriptsAndWithEnglishOnly() {
        accounts.ensureStandardAccounts();
        time("five quotes in many scripts", serviceWith(IndicShapingTest.QUOTES));
        time(
                "five English quotes",
                serviceWith(List.of(
                        "The staff were kind and listened to us",
                        "We want more clubs in the holidays",
                        "The bus is often late",
                        "I liked the music sessions",
                        "Please keep the Saturday group going")));
    }

    private String serviceWith(List<String> quotes) {
        String service = fixtures.newService();
        String when = now.start() + " 00:00:01";
        for (String quote : quotes) {
            long id = fixtures.feedback(
                    service, "EAST_KENT", "YOUNG_PERSON", "AGE_16_18", "ONLINE", when, false, Map.of());
            jdbc.update("""
                    update feedback set comment = ?, quote_text = ?, quote_proposed_by = 'test.proposer',
                        quote_words = 'PERSON', quote_approved_by = 'test', quote_approved_at = now() where id = ?""", quote, quote, id);
        }
        return service;
    }

    private void time(String what, String service) {
        PackRequest request = PackRequest.forService(service, now);
        for (int i = 0; i < WARM_UP; i++) {
            packs.make(request);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[RUNS];
        long[] cpu = new long[RUNS];
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            bytes = packs.make(request).pdf().length;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        long[] wall = millis.clone();
        Arrays.sort(wall);
        long[] thread = cpu.clone();
        Arrays.sort(thread);
        System.out.printf(
                "PACK BENCHMARK %s: wall median %d ms (min %d, max %d); thread CPU median %d ms (min %d, max %d);"
                        + " %d KB; wall runs %s%n",
                what,
                wall[RUNS / 2],
                wall[0],
                wall[RUNS - 1],
                thread[RUNS / 2],
                thread[0],
                thread[RUNS - 1],
                bytes / 1024,
                Arrays.toString(millis));
    }
}
