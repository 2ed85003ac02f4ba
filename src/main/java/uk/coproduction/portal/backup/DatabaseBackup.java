package uk.coproduction.portal.backup;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dumps the portal's database to a SQL file and restores it from one, over JDBC: the same code for the embedded
 * MariaDB and an external one, with no database client programs needed (the embedded server's {@code mariadb} client
 * does not run on a fresh Debian machine). The file is plain SQL in the shape {@code mariadb-dump} writes (tables,
 * rows, then the stored functions and procedures and the triggers (the audit log's, the rating summary's) in a
 * {@code DELIMITER} block), starts with {@link #HEADER} and ends with
 * {@link #FOOTER}, so a file that is not a portal backup, or one cut short, is refused before anything is changed.
 */
@Component
public class DatabaseBackup {

    static final String HEADER = "-- Coproduction Portal backup";
    static final String FOOTER = "-- End of Coproduction Portal backup";
    private static final int ROWS_PER_INSERT = 200;

    private final DataSource dataSource;
    private final Clock clock;

    DatabaseBackup(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What a dump or restore did. */
    public record Summary(int tables, long rows, int routines, int triggers) {}

    /** Writes every table, its rows and the triggers to the file (replacing it only once the dump is complete). */
    public Summary dump(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Summary summary;
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                summary = dump(connection, out);
            } finally {
                connection.rollback();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private Summary dump(Connection connection, Writer out) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION time_zone = '+00:00'");
            // One consistent view of every table, however long the dump takes.
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
        }
        String database = single(connection, "SELECT DATABASE()");
        out.write(HEADER + "\n");
        out.write("-- Made " + clock.instant() + " from database `" + database + "`; schema version "
                + single(connection, "SELECT MAX(version) FROM flyway_schema_history WHERE success = 1") + ".\n");
        out.write("-- Restore with --portal.backup.restore=<this file> (README, \"Backups\");"
                + " it replaces the whole database.\n\n");
        out.write("/*!40101 SET NAMES utf8mb4 */;\n");
        out.write("SET SESSION time_zone = '+00:00';\n");
        out.write("SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO';\n");
        out.write("SET FOREIGN_KEY_CHECKS = 0;\n\n");
        List<String> tables = list(
                connection,
                "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name");
        long rows = 0;
        for (String table : tables) {
            out.write("DROP TABLE IF EXISTS " + quoteName(table) + ";\n");
            try (Statement statement = connection.createStatement();
                    ResultSet create = statement.executeQuery("SHOW CREATE TABLE " + quoteName(table))) {
                create.next();
                out.write(create.getString(2) + ";\n");
            }
            // The scheduled jobs' cluster locks (decision 0031) belong to the instances running now, not to the data:
            // restored, an old lock could hold a job back or let two run. The table comes back empty.
            if (!table.equals("shedlock")) {
                rows += rows(connection, table, out);
            }
            out.write("\n");
        }
        List<String> triggers = list(
                connection,
                "SELECT trigger_name FROM information_schema.triggers"
                        + " WHERE trigger_schema = DATABASE() ORDER BY trigger_name");
        // Stored functions and procedures (the rating summary's triggers call them) come before the triggers.
        List<String> routines = list(
                connection,
                "SELECT CONCAT(routine_type, ' ', routine_name)"
                        + " FROM information_schema.routines WHERE routine_schema = DATABASE() ORDER BY routine_type, routine_name");
        if (!triggers.isEmpty() || !routines.isEmpty()) {
            out.write("DELIMITER ;;\n");
            for (String routine : routines) {
                String type = routine.substring(0, routine.indexOf(' '));
                String name = routine.substring(routine.indexOf(' ') + 1);
                out.write("DROP " + type + " IF EXISTS " + quoteName(name) + " ;;\n");
                try (Statement statement = connection.createStatement();
                        ResultSet create = statement.executeQuery("SHOW CREATE " + type + " " + quoteName(name))) {
                    create.next();
                    String sql = create.getString(type.equals("FUNCTION") ? "Create Function" : "Create Procedure")
                            .replaceFirst("(?i)^CREATE\\s+DEFINER\\s*=\\s*\\S+\\s+", "CREATE ");
                    out.write(sql + " ;;\n");
                }
            }
            for (String trigger : triggers) {
                try (Statement statement = connection.createStatement();
                        ResultSet create = statement.executeQuery("SHOW CREATE TRIGGER " + quoteName(trigger))) {
                    create.next();
                    // Without its DEFINER the trigger belongs to whoever restores it, which any account may do.
                    String sql = create.getString("SQL Original Statement")
                            .replaceFirst("(?i)^CREATE\\s+DEFINER\\s*=\\s*\\S+\\s+", "CREATE ");
                    out.write(sql + " ;;\n");
                }
            }
            out.write("DELIMITER ;\n\n");
        }
        out.write("SET FOREIGN_KEY_CHECKS = 1;\n");
        out.write(FOOTER + "\n");
        return new Summary(tables.size(), rows, routines.size(), triggers.size());
    }

    private static long rows(Connection connection, String table, Writer out) throws SQLException, IOException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND table_name = '" + table.replace("'", "''")
                        + "' ORDER BY ordinal_position")) {
            while (rs.next()) {
                columns.put(rs.getString(1), rs.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        String insert = "INSERT INTO " + quoteName(table) + " ("
                + String.join(
                        ", ",
                        columns.keySet().stream().map(DatabaseBackup::quoteName).toList()) + ") VALUES\n";
        List<String> types = List.copyOf(columns.values());
        // In primary-key order: without ORDER BY the server may read a small table through a covering index, and
        // which one depends on its statistics, so two dumps of the same rows could list them differently.
        List<String> key = list(
                connection,
                "SELECT column_name FROM information_schema.key_column_usage"
                        + " WHERE table_schema = DATABASE() AND table_name = '" + table.replace("'", "''")
                        + "' AND constraint_name = 'PRIMARY' ORDER BY ordinal_position");
        String order = key.isEmpty()
                ? ""
                : " ORDER BY "
                        + String.join(
                                ", ",
                                key.stream().map(DatabaseBackup::quoteName).toList());
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rs = statement.executeQuery("SELECT "
                    + String.join(
                            ", ",
                            columns.keySet().stream()
                                    .map(DatabaseBackup::quoteName)
                                    .toList()) + " FROM " + quoteName(table)
                    + order)) {
                StringBuilder values = new StringBuilder();
                int inThisInsert = 0;
                while (rs.next()) {
                    values.append(inThisInsert == 0 ? "" : ",\n").append('(');
                    for (int i = 0; i < types.size(); i++) {
                        values.append(i == 0 ? "" : ", ").append(literal(rs, i + 1, types.get(i)));
                    }
                    values.append(')');
                    count++;
                    if (++inThisInsert == ROWS_PER_INSERT) {
                        out.write(insert + values + ";\n");
                        values.setLength(0);
                        inThisInsert = 0;
                    }
                }
                if (inThisInsert > 0) {
                    out.write(insert + values + ";\n");
                }
            }
        }
        return count;
    }

    private static String literal(ResultSet rs, int column, String type) throws SQLException {
        switch (type) {
            case "tinyint", "smallint", "mediumint", "int", "bigint" -> {
                long value = rs.getLong(column);
                return rs.wasNull() ? "NULL" : Long.toString(value);
            }
            case "decimal" -> {
                BigDecimal value = rs.getBigDecimal(column);
                return value == null ? "NULL" : value.toPlainString();
            }
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob", "bit" -> {
                byte[] value = rs.getBytes(column);
                return value == null
                        ? "NULL"
                        : value.length == 0 ? "''" : "0x" + HexFormat.of().formatHex(value);
            }
            default -> {
                String value = rs.getString(column);
                return value == null ? "NULL" : quote(value);
            }
        }
    }

    /** A string literal: every character that could end or bend it is escaped, so a line is never split. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                case '\u001A' -> out.append("\\Z");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    private static String quoteName(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /** A value the server always has for the portal's connection (its database, time zone, sql mode). */
    private static String required(Connection connection, String sql) throws SQLException {
        String value = single(connection, sql);
        if (value == null) {
            throw new IllegalStateException("The database server answered nothing to " + sql
                    + "; the portal's connection must have a database selected");
        }
        return value;
    }

    private static @Nullable String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> list(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /**
     * Replaces everything in the database with the backup, all at once or not at all. The file is first loaded into a
     * separate database beside the portal's ({@code <name>_restore}); only when every statement has run there are the
     * tables switched over in one {@code RENAME TABLE} (atomic in MariaDB), and the stored routines and triggers put
     * back. A failure while loading leaves the portal's database exactly as it was; a failure after the switch puts the
     * old tables, routines and triggers back. So the database ends up exactly as it was when the backup was made, or
     * as it was before the restore (the portal then brings an older backup's schema up to date with its migrations on
     * its next start). The database account needs to create and drop the two databases beside the portal's.
     *
     * @throws BackupRefusedException when the file is not a complete portal backup, or there is no room to restore
     *                                it beside the portal's database; nothing is changed then
     */
    public Summary restore(Path file) {
        List<String> statements = statementsOf(file);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            String live = required(connection, "SELECT DATABASE()");
            String timeZone = required(connection, "SELECT @@SESSION.time_zone");
            String sqlMode = required(connection, "SELECT @@SESSION.sql_mode");
            try {
                return new AtomicRestore(connection, live).run(statements);
            } finally {
                try (Statement reset = connection.createStatement()) {
                    // The connection goes back to the pool as it came out.
                    reset.execute("USE " + quoteName(live));
                    reset.execute("SET FOREIGN_KEY_CHECKS = 1");
                    reset.execute("SET SESSION time_zone = " + quote(timeZone));
                    reset.execute("SET SESSION sql_mode = " + quote(sqlMode));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The restore could not finish: " + e.getMessage(), e);
        }
    }

    /** One restore: load into a staging database, then switch the tables over in one step. */
    private static final class AtomicRestore {
        private final Connection connection;
        private final String live;
        private final String staging;
        private final String previous;

        AtomicRestore(Connection connection, String live) {
            this.connection = connection;
            this.live = live;
            this.staging = live + "_restore";
            this.previous = live + "_before_restore";
        }

        Summary run(List<String> statements) throws SQLException {
            Loaded loaded = load(statements);
            switchOver(loaded);
            dropDatabase(previous);
            dropDatabase(staging);
            return loaded.summary();
        }

        private record Loaded(Summary summary, List<String> routines, List<String> triggers) {}

        /** Every statement of the file, run in the staging database; the portal's database is not touched. */
        private Loaded load(List<String> statements) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                try {
                    dropDatabase(staging);
                    dropDatabase(previous);
                    String[] charset = required(
                                    connection,
                                    "SELECT CONCAT(default_character_set_name, ' ',"
                                            + " default_collation_name) FROM information_schema.schemata WHERE schema_name = DATABASE()")
                            .split(" ");
                    statement.execute("CREATE DATABASE " + quoteName(staging) + " CHARACTER SET " + charset[0]
                            + " COLLATE " + charset[1]);
                } catch (SQLException e) {
                    throw new BackupRefusedException("Could not make the database " + staging + " to restore into"
                            + " beside the portal's (" + e.getMessage() + "). Give the portal's database account"
                            + " CREATE and DROP on `" + staging + "` and `" + previous + "`, or restore with the"
                            + " mariadb client (README, \"Backups\"). Nothing was changed.");
                }
                int tables = 0;
                long rows = 0;
                List<String> routines = new ArrayList<>();
                List<String> triggers = new ArrayList<>();
                try {
                    statement.execute("USE " + quoteName(staging));
                    statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String sql : statements) {
                        statement.execute(sql);
                        String start = sql.stripLeading().toUpperCase(Locale.ROOT);
                        if (start.startsWith("CREATE TABLE")) {
                            tables++;
                        } else if (start.startsWith("CREATE TRIGGER")) {
                            triggers.add(sql);
                        } else if (start.startsWith("CREATE FUNCTION") || start.startsWith("CREATE PROCEDURE")) {
                            routines.add(sql);
                        } else if (start.startsWith("INSERT")) {
                            rows += statement.getUpdateCount();
                        }
                    }
                } catch (SQLException e) {
                    statement.execute("USE " + quoteName(live));
                    dropDatabase(staging);
                    throw new IllegalStateException(
                            "The backup could not be loaded (" + e.getMessage() + "). The"
                                    + " portal's database was not changed. Check the file, or restore another backup.",
                            e);
                }
                statement.execute("USE " + quoteName(live));
                return new Loaded(new Summary(tables, rows, routines.size(), triggers.size()), routines, triggers);
            }
        }

        /**
         * The staged tables take the live tables' place in one RENAME TABLE (all or nothing); the old ones move aside
         * until the routines and triggers are in place. Triggers cannot move between databases, so both sides' are
         * dropped first and the backup's made again on the switched tables; the old ones are kept to put back.
         */
        private void switchOver(Loaded loaded) throws SQLException {
            List<String> liveTables = tablesOf(live);
            List<String> stagedTables = tablesOf(staging);
            List<String> oldRoutines = routineDefinitions(live);
            List<String> oldTriggers = triggerDefinitions(live);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + quoteName(previous));
                for (String trigger : list(
                        connection,
                        "SELECT trigger_name FROM information_schema.triggers" + " WHERE trigger_schema = "
                                + quote(staging))) {
                    statement.execute("DROP TRIGGER " + quoteName(staging) + "." + quoteName(trigger));
                }
                dropTriggers(statement, live);
                List<String> renames = new ArrayList<>();
                liveTables.forEach(t -> renames.add(qualified(live, t) + " TO " + qualified(previous, t)));
                stagedTables.forEach(t -> renames.add(qualified(staging, t) + " TO " + qualified(live, t)));
                try {
                    statement.execute("RENAME TABLE " + String.join(", ", renames));
                } catch (SQLException e) {
                    putBack(statement, oldRoutines, oldTriggers);
                    throw e;
                }
                try {
                    dropRoutines(statement, live);
                    for (String sql : loaded.routines()) {
                        statement.execute(sql);
                    }
                    for (String sql : loaded.triggers()) {
                        statement.execute(sql);
                    }
                } catch (SQLException e) {
                    dropTriggers(statement, live);
                    List<String> back = new ArrayList<>();
                    stagedTables.forEach(t -> back.add(qualified(live, t) + " TO " + qualified(staging, t)));
                    liveTables.forEach(t -> back.add(qualified(previous, t) + " TO " + qualified(live, t)));
                    statement.execute("RENAME TABLE " + String.join(", ", back));
                    putBack(statement, oldRoutines, oldTriggers);
                    throw new IllegalStateException(
                            "The backup's stored routines or triggers could not be made (" + e.getMessage()
                                    + "). The portal's database was put back as it was.",
                            e);
                }
            }
        }

        private void putBack(Statement statement, List<String> routines, List<String> triggers) throws SQLException {
            dropRoutines(statement, live);
            for (String sql : routines) {
                statement.execute(sql);
            }
            for (String sql : triggers) {
                statement.execute(sql);
            }
        }

        private void dropTriggers(Statement statement, String database) throws SQLException {
            for (String trigger : list(
                    connection,
                    "SELECT trigger_name FROM information_schema.triggers" + " WHERE trigger_schema = "
                            + quote(database))) {
                statement.execute("DROP TRIGGER " + quoteName(database) + "." + quoteName(trigger));
            }
        }

        private void dropRoutines(Statement statement, String database) throws SQLException {
            for (String routine : list(
                    connection,
                    "SELECT CONCAT(routine_type, ' ', routine_name)"
                            + " FROM information_schema.routines WHERE routine_schema = " + quote(database))) {
                String type = routine.substring(0, routine.indexOf(' '));
                statement.execute("DROP " + type + " " + quoteName(database) + "."
                        + quoteName(routine.substring(routine.indexOf(' ') + 1)));
            }
        }

        private List<String> tablesOf(String database) throws SQLException {
            return list(
                    connection,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = " + quote(database)
                            + " AND table_type = 'BASE TABLE'");
        }

        /** The live database's routines as CREATE statements (run with the live database as the current one). */
        private List<String> routineDefinitions(String database) throws SQLException {
            List<String> definitions = new ArrayList<>();
            for (String routine : list(
                    connection,
                    "SELECT CONCAT(routine_type, ' ', routine_name)"
                            + " FROM information_schema.routines WHERE routine_schema = " + quote(database))) {
                String type = routine.substring(0, routine.indexOf(' '));
                String name = routine.substring(routine.indexOf(' ') + 1);
                try (Statement statement = connection.createStatement();
                        ResultSet create =
                                statement.executeQuery("SHOW CREATE " + type + " " + qualified(database, name))) {
                    create.next();
                    definitions.add(create.getString(type.equals("FUNCTION") ? "Create Function" : "Create Procedure"));
                }
            }
            return definitions;
        }

        private List<String> triggerDefinitions(String database) throws SQLException {
            List<String> definitions = new ArrayList<>();
            for (String trigger : list(
                    connection,
                    "SELECT trigger_name FROM information_schema.triggers" + " WHERE trigger_schema = "
                            + quote(database) + " ORDER BY action_order")) {
                try (Statement statement = connection.createStatement();
                        ResultSet create =
                                statement.executeQuery("SHOW CREATE TRIGGER " + qualified(database, trigger))) {
                    create.next();
                    definitions.add(create.getString("SQL Original Statement"));
                }
            }
            return definitions;
        }

        private void dropDatabase(String database) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + quoteName(database));
            }
        }

        private static String qualified(String database, String name) {
            return quoteName(database) + "." + quoteName(name);
        }
    }

    /** The file's statements, read and checked in full before anything is run. */
    static List<String> statementsOf(Path file) {
        List<String> statements = new ArrayList<>();
        boolean ended = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || !first.startsWith("\uFEFF" + HEADER) && !first.equals(HEADER)) {
                throw new BackupRefusedException(file + " is not a Coproduction Portal backup (its first line is not \""
                        + HEADER + "\"). Nothing was changed.");
            }
            String delimiter = ";";
            StringBuilder current = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (current.isEmpty()) {
                    String trimmed = line.strip();
                    if (trimmed.equals(FOOTER)) {
                        ended = true;
                        continue;
                    }
                    if (trimmed.isEmpty() || trimmed.startsWith("-- ") || trimmed.equals("--")) {
                        continue;
                    }
                    if (trimmed.toUpperCase(Locale.ROOT).startsWith("DELIMITER ")) {
                        delimiter = trimmed.substring("DELIMITER ".length()).strip();
                        continue;
                    }
                }
                if (ended) {
                    throw new BackupRefusedException(file + " has more after its last line. Nothing was changed.");
                }
                current.append(line);
                String trimmed = line.stripTrailing();
                if (trimmed.endsWith(delimiter)) {
                    String sql = current.toString().stripTrailing();
                    statements.add(
                            sql.substring(0, sql.length() - delimiter.length()).strip());
                    current.setLength(0);
                } else {
                    current.append('\n');
                }
            }
            if (!current.isEmpty() || !ended) {
                throw new BackupRefusedException(file + " is cut short: it does not end with \"" + FOOTER
                        + "\". Nothing was changed; use a complete backup.");
            }
        } catch (IOException e) {
            throw new BackupRefusedException("Cannot read " + file + ": " + e.getMessage() + ". Nothing was changed.");
        }
        if (statements.stream().noneMatch(s -> s.contains("`flyway_schema_history`"))) {
            throw new BackupRefusedException(file + " holds no portal tables. Nothing was changed.");
        }
        return statements;
    }
}
