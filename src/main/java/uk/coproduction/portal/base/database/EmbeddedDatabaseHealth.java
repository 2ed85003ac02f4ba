package uk.coproduction.portal.base.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The "db" health check when the database is the embedded one. It answers DOWN at once while the MariaDB process is
 * gone (being restarted), instead of waiting for the pool's connection timeout as Spring Boot's own check would — by
 * which time the restart may be over and the outage never seen. So {@code /actuator/health} answers 503 while the
 * database is away and a supervisor sees it.
 */
class EmbeddedDatabaseHealth implements HealthIndicator {

    private static final int VALID_WITHIN_SECONDS = 2;

    private final HealingMariaDb database;
    private final DataSource dataSource;

    EmbeddedDatabaseHealth(HealingMariaDb database, DataSource dataSource) {
        this.database = database;
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        if (!database.isUp()) {
            return Health.down().withDetail("process", "not running").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_WITHIN_SECONDS)
                    ? Health.up().build()
                    : Health.down().withDetail("connection", "not valid").build();
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }
}
