package uk.coproduction.portal.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log is append-only for the application and tamper-evident (decision 0038): every entry is chained to the
 * one before it by SHA-256, a check recomputes the chain and names the entry where it breaks, and retention is the only
 * way entries leave, re-anchoring the chain.
 */
@PortalTest
class AuditChainTest {

    /** V0190's update trigger, put back after the test has played the intruder. */
    private static final String NO_UPDATE_TRIGGER = "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event"
            + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log cannot be changed'";

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditSearch search;

    @Autowired
    AuditChainCheckJob job;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestAccounts accounts;

    private static final String ADMIN = "test.audit.chain.admin";

    @BeforeEach
    void anAdministratorWithAnAddressExists() {
        accounts.ensure(ADMIN, "Ari Audit", null, Set.of(Roles.ADMIN));
        jdbc.update("UPDATE staff_account SET email = 'test.admin@example.org' WHERE username = ?", ADMIN);
    }

    private long seqOf(String marker) {
        return jdbc.queryForObject("SELECT seq FROM audit_event WHERE object_type = ?", Long.class, marker);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void theChainVerifiesAndARowChangedInTheDatabaseIsReportedBrokenAtThatEntry() {
        String marker = "chain-" + UUID.randomUUID().toString().substring(0, 8);
        auditLog.record("test.before", marker + "-a", 1, "first");
        auditLog.record("test.target", marker, 2, "the words as written");
        auditLog.record("test.after", marker + "-c", 3, "third");
        long target = seqOf(marker);

        ChainCheck intact = search.checkChain();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.intactUpTo()).isGreaterThan(target);

        // An intruder with the database's own rights drops the guard and rewrites one line.
        jdbc.execute("DROP TRIGGER audit_event_no_update");
        try {
            jdbc.update("UPDATE audit_event SET details = 'the words rewritten' WHERE seq = ?", target);
            ChainCheck broken = search.checkChain();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.brokenAt()).isEqualTo(target);
            assertThat(broken.problem()).isEqualTo(ChainCheck.Problem.CHANGED);
            assertThat(broken.intactUpTo()).isEqualTo(target - 1);

            // The nightly job says so in the log itself and e-mails the administrators where, not what.
            long alertsBefore = alerts();
            assertThat(job.checkAndReport().brokenAt()).isEqualTo(target);
            assertThat(alerts()).isEqualTo(alertsBefore + 1);
            assertThat(jdbc.queryForObject(
                            "SELECT subject FROM outgoing_email WHERE kind = 'AUDIT_CHAIN_ALERT'"
                                    + " ORDER BY id DESC LIMIT 1",
                            String.class))
                    .endsWith("broken at entry " + target);

            // Re-hashing the changed line (knowing the formula) moves the break to the next line.
            jdbc.update(
                    "UPDATE audit_event SET entry_hash = audit_entry_hash(seq, prev_hash, actor, occurred_at,"
                            + " action, object_type, object_id, details) WHERE seq = ?",
                    target);
            ChainCheck rehashed = search.checkChain();
            assertThat(rehashed.brokenAt()).isEqualTo(target + 1);
            assertThat(rehashed.problem()).isEqualTo(ChainCheck.Problem.NOT_LINKED);
        } finally {
            jdbc.update(
                    "UPDATE audit_event SET details = 'the words as written', entry_hash = audit_entry_hash(seq,"
                            + " prev_hash, actor, occurred_at, action, object_type, object_id, details) WHERE seq = ?",
                    target);
            jdbc.execute(NO_UPDATE_TRIGGER);
        }
        assertThat(search.checkChain().intact()).isTrue();
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE action LIKE 'audit.chain-%'", String.class))
                .contains("audit.chain-checked", "audit.chain-broken");
    }

    private long alerts() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM outgoing_email WHERE kind = 'AUDIT_CHAIN_ALERT'"
                        + " AND to_address = 'test.admin@example.org'",
                Long.class);
    }

    @Test
    void twoWritersAtOnceGetConsecutivePlacesAndTheChainHolds() throws Exception {
        String marker = "race-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(() -> {
                    for (int i = 0; i < 15; i++) {
                        int n = i;
                        transactions.executeWithoutResult(t ->
                                auditLog.record("test.race", marker, writer, "line " + n + " of writer " + writer));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Long> places =
                jdbc.queryForList("SELECT seq FROM audit_event WHERE object_type = ? ORDER BY seq", Long.class, marker);
        assertThat(places).hasSize(60).doesNotHaveDuplicates();
        assertThat(new AuditChainCheck(jdbc, Clock.systemUTC()).check().intact())
                .isTrue();
    }

    @Test
    void theApplicationCannotUpdateOrDeleteAuditRows() throws IOException {
        auditLog.record("test.kept", "append-only", 1, "kept");
        long seq = jdbc.queryForObject("SELECT MAX(seq) FROM audit_event", Long.class);

        // Through the application's own connection, the database refuses both, for every column.
        for (String change : List.of(
                "UPDATE audit_event SET details = 'x' WHERE seq = ?",
                "UPDATE audit_event SET entry_hash = REPEAT('0', 64) WHERE seq = ?",
                "UPDATE audit_event SET occurred_at = '2001-01-01' WHERE seq = ?",
                "DELETE FROM audit_event WHERE seq = ?")) {
            assertThatThrownBy(() -> jdbc.update(change, seq))
                    .as(change)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("audit log cannot be changed");
        }
        // Nor can an insert choose its own place or hash: the database chains it.
        jdbc.update("INSERT INTO audit_event (actor, occurred_at, action, object_type, seq, prev_hash, entry_hash)"
                + " VALUES ('someone', NOW(6), 'test.forged', 'append-only', 1, REPEAT('a', 64), REPEAT('b', 64))");
        assertThat(jdbc.queryForObject(
                        "SELECT seq FROM audit_event WHERE action = 'test.forged' ORDER BY seq DESC" + " LIMIT 1",
                        Long.class))
                .isGreaterThan(seq);
        assertThat(new AuditChainCheck(jdbc, Clock.systemUTC()).check().intact())
                .isTrue();
        // A retention anchor cannot be rewritten either.
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_chain_anchor"))
                .hasMessageContaining("audit log cannot be changed");

        // And the application's code has no path to do it: no statement, no entity, no repository for the log.
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file).replaceAll("\\s+", " ").toLowerCase();
                if (code.matches(".*(update|delete from|delete) audit_event.*")
                        || code.matches(".*@table\\(name = \"audit_event\"\\).*")
                        || code.contains("delete from audit_chain_anchor")) {
                    offenders.add(file.toString());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void retentionRemovesOnlyTheOldestEntriesThroughItsProcedureAndTheChainStillVerifies() {
        auditLog.record("test.retention", "retention", 1, "keeps the log from being empty");
        // The cut-off falls after the first two entries of the log, as if they were older than the setting.
        List<Instant> oldest =
                jdbc.queryForList("SELECT occurred_at FROM audit_event ORDER BY seq LIMIT 3", Timestamp.class).stream()
                        .map(Timestamp::toInstant)
                        .toList();
        Instant cutoff = oldest.get(1).plusNanos(1000);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
        Clock sevenYearsOn = Clock.fixed(
                cutoff.atZone(ZoneId.of("Europe/London"))
                        .plus(Period.ofYears(7))
                        .toInstant(),
                ZoneId.of("UTC"));

        long removed = new AuditRetentionJob(jdbc, auditLog, sevenYearsOn, Period.ofYears(7)).apply();

        assertThat(removed).isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE occurred_at < ?", Long.class, Timestamp.from(cutoff)))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class))
                .isEqualTo(before - removed + 1);
        ChainCheck check = new AuditChainCheck(jdbc, Clock.systemUTC()).check();
        assertThat(check.intact()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_event WHERE action = 'audit.retention-applied'"
                                + " ORDER BY seq DESC LIMIT 1",
                        String.class))
                .startsWith(removed + " entries written before");
        // A setting shorter than a year is refused at start.
        assertThatThrownBy(() -> new AuditRetentionJob(jdbc, auditLog, sevenYearsOn, Period.ofMonths(6)))
                .hasMessageContaining("portal.audit.keep-for");
    }

    @Test
    void entriesWrittenBeforeTheChainExistedAreChainedByTheMigrationAsTheTriggerChainsNewOnes() {
        auditLog.record("test.backfill", "backfill", 1, "za\u017c\u00f3\u0142\u0107 \uD83D\uDE00 | 3:x");
        auditLog.record("test.backfill", "backfill", null, null);
        // V0190's backfill, run on a copy of the last entries without their chain columns.
        // One connection throughout (a transaction), as the session variables and the temporary table need.
        transactions.executeWithoutResult(t -> {
            jdbc.execute("CREATE TEMPORARY TABLE backfill_copy (id BIGINT PRIMARY KEY, actor VARCHAR(100), occurred_at"
                    + " DATETIME(6), action VARCHAR(60), object_type VARCHAR(40), object_id VARCHAR(60),"
                    + " details VARCHAR(1000), seq BIGINT NULL, prev_hash CHAR(64) CHARACTER SET ascii NULL,"
                    + " entry_hash CHAR(64) CHARACTER SET ascii NULL) DEFAULT CHARSET = utf8mb4");
            try {
                jdbc.update(
                        "INSERT INTO backfill_copy (id, actor, occurred_at, action, object_type, object_id, details)"
                                + " SELECT id, actor, occurred_at, action, object_type, object_id, details FROM audit_event"
                                + " ORDER BY seq DESC LIMIT 5");
                long first = jdbc.queryForObject(
                        "SELECT MIN(e.seq) FROM audit_event e JOIN backfill_copy c ON c.id = e.id", Long.class);
                jdbc.execute("SET @audit_seq = " + (first - 1));
                jdbc.execute("SET @audit_prev = (SELECT prev_hash FROM audit_event WHERE seq = " + first + ")");
                jdbc.update("UPDATE backfill_copy SET seq = (@audit_seq := @audit_seq + 1), prev_hash = @audit_prev,"
                        + " entry_hash = (@audit_prev := audit_entry_hash(seq, prev_hash, actor, occurred_at, action,"
                        + " object_type, object_id, details)) ORDER BY id");
                assertThat(jdbc.queryForList(
                                "SELECT CONCAT(seq, prev_hash, entry_hash) FROM backfill_copy ORDER BY id",
                                String.class))
                        .isEqualTo(jdbc.queryForList(
                                "SELECT CONCAT(e.seq, e.prev_hash, e.entry_hash)"
                                        + " FROM audit_event e JOIN backfill_copy c ON c.id = e.id ORDER BY e.id",
                                String.class));
            } finally {
                jdbc.execute("DROP TEMPORARY TABLE backfill_copy");
            }
        });
    }
}
