package uk.coproduction.portal.backup;

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
    public record Summary(int tables, long rows, int routines, int triggers) {
    }

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
        List<String> tables = list(connection, "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name");
        long rows = 0;
        for (String table : tables) {
            out.write("DROP TABLE IF EXISTS " + quoteName(table) + ";\n");
            try (Statement statement = connection.createStatement();
                 ResultSet create = statement.executeQuery("SHOW CREATE TABLE " + quoteName(table))) {
                create.next();
                out.write(create.getString(2) + ";\n");
            }
            rows += rows(connection, table, out);
            out.write("\n");
        }
        List<String> triggers = list(connection, "SELECT trigger_name FROM information_schema.triggers"
                + " WHERE trigger_schema = DATABASE() ORDER BY trigger_name");
        // Stored functions and procedures (the rating summary's triggers call them) come before the triggers.
        List<String> routines = list(connection, "SELECT CONCAT(routine_type, ' ', routine_name)"
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
                + String.join(", ", columns.keySet().stream().map(DatabaseBackup::quoteName).toList()) + ") VALUES\n";
        List<String> types = List.copyOf(columns.values());
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rs = statement.executeQuery("SELECT " + String.join(", ",
                    columns.keySet().stream().map(DatabaseBackup::quoteName).toList()) + " FROM " + quoteName(table))) {
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
                return value == null ? "NULL" : value.length == 0 ? "''" : "0x" + HexFormat.of().formatHex(value);
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

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> list(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /**
     * Replaces everything in the database with the backup: every table is dropped first, so the database ends up
     * exactly as it was when the backup was made (the portal then brings an older backup's schema up to date with
     * its migrations on its next start).
     *
     * @throws BackupRefusedException when the file is not a complete portal backup; nothing is changed then
     */
    public Summary restore(Path file) {
        List<String> statements = statementsOf(file);
        int tables = 0;
        int triggers = 0;
        int routines = 0;
        long rows = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : list(connection, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                statement.execute("DROP TABLE " + quoteName(table));
            }
            for (String sql : statements) {
                statement.execute(sql);
                String start = sql.stripLeading().toUpperCase(Locale.ROOT);
                if (start.startsWith("CREATE TABLE")) {
                    tables++;
                } else if (start.startsWith("CREATE TRIGGER")) {
                    triggers++;
                } else if (start.startsWith("CREATE FUNCTION") || start.startsWith("CREATE PROCEDURE")) {
                    routines++;
                } else if (start.startsWith("INSERT")) {
                    rows += statement.getUpdateCount();
                }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("The restore stopped part way: " + e.getMessage()
                    + ". Restore the same file again, or another backup.", e);
        }
        return new Summary(tables, rows, routines, triggers);
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
                    statements.add(sql.substring(0, sql.length() - delimiter.length()).strip());
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
