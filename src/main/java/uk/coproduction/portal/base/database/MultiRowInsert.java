package uk.coproduction.portal.base.database;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows with one {@code INSERT … VALUES (…), (…), …} statement per group, which MariaDB runs row by row
 * with every trigger firing for each row. Not a JDBC batch: with MariaDB Connector/J 3's bulk protocol
 * ({@code useBulkStmtsForInserts}, on by default; {@code rewriteBatchedStatements} no longer exists) a batch of
 * inserts into {@code feedback} reported every row as done and stored only the first (seen on the embedded MariaDB
 * 10.11, decision 0036), so the statement is written out here instead.
 */
public final class MultiRowInsert {

    /** MariaDB accepts at most 65,535 placeholders in a statement; groups stay well under it. */
    static final int MAX_PLACEHOLDERS = 30_000;

    private MultiRowInsert() {}

    public static void insert(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        int perGroup = Math.max(1, MAX_PLACEHOLDERS / columns.size());
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += perGroup) {
            List<Object[]> group = rows.subList(from, Math.min(rows.size(), from + perGroup));
            List<Object> args = new ArrayList<>(group.size() * columns.size());
            for (Object[] values : group) {
                if (values.length != columns.size()) {
                    throw new IllegalArgumentException("A row for " + table + " has " + values.length + " values for "
                            + columns.size() + " columns");
                }
                Collections.addAll(args, values);
            }
            // Values set directly: through Spring's setter each NULL asked the driver for its parameter's type
            // (which Connector/J answers by building an exception) and each value passed the logging filters, for
            // up to 30,000 values a statement.
            int inserted = jdbc.update(
                    "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                            + String.join(", ", Collections.nCopies(group.size(), row)),
                    statement -> {
                        int index = 1;
                        for (Object value : args) {
                            if (value == null) {
                                statement.setNull(index++, Types.NULL);
                            } else {
                                statement.setObject(index++, value);
                            }
                        }
                    });
            if (inserted != group.size()) {
                throw new IllegalStateException("Inserted " + inserted + " of " + group.size() + " rows into " + table);
            }
        }
    }
}
