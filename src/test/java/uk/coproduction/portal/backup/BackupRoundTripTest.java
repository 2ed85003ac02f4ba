package uk.coproduction.portal.backup;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.services.Team;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups round-trip: the portal's database is dumped, restored over a database that has been changed since, and
 * comes back exactly (every table, every row, the audit log and the triggers that keep it unchangeable). The restore
 * goes into a second database on the same server, so the database the other tests share is never replaced.
 */
@PortalTest
class BackupRoundTripTest {

    private static final String WORDS =
            "It's \"great\" \\ really;\nsecond line\r\n\uD83D\uDE00 za\u017C\u00F3\u0142\u0107"
                    + " '); DROP TABLE feedback; --";

    @Autowired
    DatabaseBackup backup;

    @Autowired
    DataSource dataSource;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    CharterService charter;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void aDumpRestoredOverAChangedDatabaseBringsBackEveryRowTheAuditLogAndItsTriggers() throws Exception {
        long question = charter.expectations().getFirst().id();
        String code = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        fixtures.serviceOf(Team.CHILDRENS).id(),
                        null,
                        RespondentGroup.YOUNG_PERSON,
                        null,
                        fixtures.allAnswered(RatingAnswer.GOOD),
                        WORDS,
                        Map.of(question, "More\twords"),
                        "Change ;; this",
                        Wording.YOUNG_PERSON,
                        "en-GB",
                        new ContactRequest(ReplyMethod.EMAIL, "o'brien@example.org", null, null)))
                .referenceCode();
        audit.record("backup.test", "feedback", code, "Details with 'quotes', \\ and\nnew lines");
        Path file = folder.resolve("portal-backup.sql");

        DatabaseBackup.Summary dumped = backup.dump(file);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).getFirst()).isEqualTo(DatabaseBackup.HEADER);
        assertThat(dumped.triggers())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE()",
                        Integer.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(dumped.routines())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM information_schema.routines WHERE routine_schema = DATABASE()",
                        Integer.class));
        assertThat(dumped.rows()).isPositive();

        DataSource copy = secondDatabase();
        DatabaseBackup intoCopy = new DatabaseBackup(copy, Clock.systemUTC());
        JdbcTemplate copyJdbc = new JdbcTemplate(copy);
        intoCopy.restore(file);
        // Change the restored copy every way a mistake or an attack could: edit, delete, drop, add.
        copyJdbc.update("UPDATE feedback SET comment = 'changed' WHERE reference_code = ?", code);
        copyJdbc.update("SET FOREIGN_KEY_CHECKS = 0");
        copyJdbc.execute("DROP TABLE feedback_answer_comment");
        copyJdbc.execute("DROP TRIGGER audit_event_no_update");
        copyJdbc.execute("DROP PROCEDURE portal_summary_add");
        copyJdbc.update("INSERT INTO audit_event (actor, occurred_at, action, object_type, object_id, details)"
                + " VALUES ('intruder', NOW(), 'made.up', 'feedback', '1', 'not in the backup')");
        copyJdbc.update("UPDATE audit_event SET details = 'rewritten' WHERE action = 'backup.test'");
        copyJdbc.execute("CREATE TABLE junk (id INT)");

        DatabaseBackup.Summary restored = intoCopy.restore(file);

        assertThat(restored).isEqualTo(dumped);
        assertThat(copyJdbc.queryForObject("SELECT comment FROM feedback WHERE reference_code = ?", String.class, code))
                .isEqualTo(jdbc.queryForObject(
                        "SELECT comment FROM feedback WHERE reference_code = ?", String.class, code))
                .contains("za\u017C\u00F3\u0142\u0107")
                .contains("\uD83D\uDE00")
                .contains("really;\nsecond line");
        assertThat(copyJdbc.queryForObject(
                        "SELECT c.comment FROM feedback_answer_comment c JOIN feedback f ON f.id ="
                                + " c.feedback_id WHERE f.reference_code = ?",
                        String.class,
                        code))
                .isEqualTo("More\twords");
        assertThat(copyJdbc.queryForObject(
                        "SELECT contact_email FROM feedback WHERE reference_code = ?", String.class, code))
                .isEqualTo("o'brien@example.org");
        assertThat(copyJdbc.queryForList("SELECT * FROM audit_event WHERE action = 'backup.test'"))
                .isEqualTo(jdbc.queryForList("SELECT * FROM audit_event WHERE action = 'backup.test'"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("details")).isEqualTo("Details with 'quotes', \\ and\nnew lines"));
        assertThat(copyJdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'intruder'", Integer.class))
                .isZero();
        assertThat(tables(copyJdbc)).isEqualTo(tables(jdbc)).doesNotContain("junk");
        assertThat(copyJdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history", Integer.class));
        // The audit log is unchangeable again: the database itself refuses.
        assertThatThrownBy(() -> copyJdbc.update("UPDATE audit_event SET details = 'x' WHERE action = 'backup.test'"))
                .hasMessageContaining("The audit log cannot be changed");
        assertThatThrownBy(() -> copyJdbc.update("DELETE FROM audit_event WHERE action = 'backup.test'"))
                .hasMessageContaining("The audit log cannot be changed");

        // Lossless: a dump of the restored copy is the same file, line for line, but for when and where it was made.
        Path again = folder.resolve("again.sql");
        intoCopy.dump(again);
        List<String> restoredLines = withoutMadeLine(again);
        List<String> dumpedLines = withoutMadeLine(file);
        assertThat(restoredLines.stream()
                        .filter(l -> !dumpedLines.contains(l))
                        .limit(20)
                        .toList())
                .as("lines in the restored copy's dump that the backup does not have")
                .isEmpty();
        assertThat(restoredLines).isEqualTo(dumpedLines);

        // The rating summary's triggers work again: they call the stored procedure the backup brought back.
        long summed = copyJdbc.queryForObject("SELECT COALESCE(SUM(good), 0) FROM rating_summary", Long.class);
        copyJdbc.update(
                "DELETE FROM feedback_rating WHERE feedback_id = (SELECT id FROM feedback WHERE reference_code = ?)"
                        + " AND expectation_id = ?",
                code,
                question);
        assertThat(copyJdbc.queryForObject("SELECT COALESCE(SUM(good), 0) FROM rating_summary", Long.class))
                .isEqualTo(summed - 1);
        copyJdbc.update(
                "INSERT INTO feedback_rating (feedback_id, expectation_id, answer) SELECT f.id, ?, 'GOOD'"
                        + " FROM feedback f WHERE f.reference_code = ?",
                question,
                code);
        assertThat(copyJdbc.queryForObject("SELECT COALESCE(SUM(good), 0) FROM rating_summary", Long.class))
                .isEqualTo(summed);
    }

    @Test
    void aFileThatIsNotACompletePortalBackupIsRefusedAndNothingChanges() throws Exception {
        DataSource copy = secondDatabase();
        DatabaseBackup intoCopy = new DatabaseBackup(copy, Clock.systemUTC());
        JdbcTemplate copyJdbc = new JdbcTemplate(copy);
        Path file = folder.resolve("backup.sql");
        backup.dump(file);
        intoCopy.restore(file);
        int feedbackRows = copyJdbc.queryForObject("SELECT COUNT(*) FROM feedback", Integer.class);

        Path notABackup =
                Files.writeString(folder.resolve("feedback.csv"), "service,group\nSHORT_BREAKS,YOUNG_PERSON\n");
        Path someoneElsesDump = Files.writeString(
                folder.resolve("other.sql"), "-- MariaDB dump 10.19\nDROP TABLE IF EXISTS `feedback`;\n");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Path cutShort = Files.write(folder.resolve("cut.sql"), lines.subList(0, lines.size() / 2));
        Path empty = Files.writeString(folder.resolve("empty.sql"), "");

        for (Path refused : List.of(notABackup, someoneElsesDump, cutShort, empty, folder.resolve("missing.sql"))) {
            assertThatThrownBy(() -> intoCopy.restore(refused))
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("Nothing was changed");
        }
        assertThat(copyJdbc.queryForObject("SELECT COUNT(*) FROM feedback", Integer.class))
                .isEqualTo(feedbackRows);
    }

    @Test
    void aRestoreThatFailsPartWayLeavesTheOldDatabaseExactlyAsItWas() throws Exception {
        DataSource copy = secondDatabase();
        DatabaseBackup intoCopy = new DatabaseBackup(copy, Clock.systemUTC());
        JdbcTemplate copyJdbc = new JdbcTemplate(copy);
        Path file = folder.resolve("backup.sql");
        backup.dump(file);
        intoCopy.restore(file);
        copyJdbc.update(
                "UPDATE flyway_schema_history SET description = 'made after the backup' WHERE installed_rank = 1");
        copyJdbc.update("INSERT INTO audit_event (actor, occurred_at, action, object_type, object_id, details)"
                + " VALUES ('tester', NOW(), 'restore.test', 'feedback', '1', 'after the backup')");
        Map<String, Object> before = fingerprint(copyJdbc);
        // A complete file (first and last lines right) whose statement half-way through fails on the server, after
        // half the tables have been made and filled: as a disk filling up or a bad edit would.
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int halfWay = lines.size() / 2;
        while (!lines.get(halfWay).startsWith("DROP TABLE IF EXISTS")) {
            halfWay++;
        }
        List<String> broken = new ArrayList<>(lines);
        broken.add(halfWay, "INSERT INTO `feedback` (`no_such_column`) VALUES (1);");
        Path failing = Files.write(folder.resolve("failing.sql"), broken);

        assertThatThrownBy(() -> intoCopy.restore(failing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no_such_column")
                .hasMessageContaining("was not changed");

        assertThat(fingerprint(copyJdbc)).isEqualTo(before);
        assertThat(copyJdbc.queryForObject(
                        "SELECT description FROM flyway_schema_history WHERE installed_rank = 1", String.class))
                .isEqualTo("made after the backup");
        assertThatThrownBy(() -> copyJdbc.update("DELETE FROM audit_event WHERE action = 'restore.test'"))
                .as("the audit log's triggers are still there")
                .hasMessageContaining("The audit log cannot be changed");
        assertThat(copyJdbc.queryForList(
                        "SELECT schema_name FROM information_schema.schemata"
                                + " WHERE schema_name LIKE 'coproduction_backup_copy\\_%'",
                        String.class))
                .as("no half-loaded database left beside it")
                .isEmpty();

        // The same file without the bad line restores, and then the database is the backup's.
        intoCopy.restore(file);
        assertThat(copyJdbc.queryForObject(
                        "SELECT description FROM flyway_schema_history WHERE installed_rank = 1", String.class))
                .isNotEqualTo("made after the backup");
        assertThat(copyJdbc.queryForList(
                        "SELECT schema_name FROM information_schema.schemata"
                                + " WHERE schema_name LIKE 'coproduction_backup_copy\\_%'",
                        String.class))
                .isEmpty();
    }

    /** Every table with its checksum, every trigger and stored routine with its definition. */
    private static Map<String, Object> fingerprint(JdbcTemplate on) {
        Map<String, Object> print = new TreeMap<>();
        for (String table : tables(on)) {
            print.put(
                    "table " + table,
                    on.queryForMap("CHECKSUM TABLE `" + table + "`").get("Checksum"));
        }
        on.queryForList("SELECT trigger_name, action_statement FROM information_schema.triggers"
                        + " WHERE trigger_schema = DATABASE()")
                .forEach(t -> print.put("trigger " + t.get("trigger_name"), t.get("action_statement")));
        on.queryForList("SELECT routine_name, routine_definition FROM information_schema.routines"
                        + " WHERE routine_schema = DATABASE()")
                .forEach(r -> print.put("routine " + r.get("routine_name"), r.get("routine_definition")));
        return print;
    }

    private DataSource secondDatabase() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        String copyUrl = url.replaceFirst("/[A-Za-z0-9_]+\\?", "/coproduction_backup_copy?");
        assertThat(copyUrl).isNotEqualTo(url);
        DriverManagerDataSource copy = new DriverManagerDataSource(
                copyUrl, ((HikariDataSource) dataSource).getUsername(), ((HikariDataSource) dataSource).getPassword());
        copy.setDriverClassName("org.mariadb.jdbc.Driver");
        return copy;
    }

    private static List<String> tables(JdbcTemplate on) {
        return on.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " ORDER BY table_name",
                String.class);
    }

    private static List<String> withoutMadeLine(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("-- Made "))
                .toList();
    }
}
