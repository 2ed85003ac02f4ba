package uk.coproduction.portal.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * The backup commands: {@code --portal.backup.dump=FILE} writes the database to FILE, {@code
 * --portal.backup.restore=FILE} replaces the database with FILE; either way the portal then stops, with exit code 0
 * when it worked, 2 when the file was refused and 1 on any other failure. {@link uk.coproduction.portal.Application}
 * gives them a free port on 127.0.0.1, so they can run beside a portal that uses an external database.
 */
@Component
@ConditionalOnExpression("'${portal.backup.dump:}' != '' or '${portal.backup.restore:}' != ''")
class BackupCommand implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCommand.class);

    private final DatabaseBackup backup;
    private final ConfigurableApplicationContext context;
    private final String dumpTo;
    private final String restoreFrom;

    BackupCommand(
            DatabaseBackup backup,
            ConfigurableApplicationContext context,
            @Value("${portal.backup.dump:}") String dumpTo,
            @Value("${portal.backup.restore:}") String restoreFrom) {
        this.backup = backup;
        this.context = context;
        this.dumpTo = dumpTo;
        this.restoreFrom = restoreFrom;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode;
        try {
            if (!dumpTo.isBlank() && !restoreFrom.isBlank()) {
                throw new BackupRefusedException("Give either portal.backup.dump or portal.backup.restore, not both.");
            }
            if (!dumpTo.isBlank()) {
                Path file = Path.of(dumpTo).toAbsolutePath();
                DatabaseBackup.Summary done = backup.dump(file);
                LOG.info(
                        "Backup written to {}: {} tables, {} rows, {} stored routines, {} triggers",
                        file,
                        done.tables(),
                        done.rows(),
                        done.routines(),
                        done.triggers());
            } else {
                Path file = Path.of(restoreFrom).toAbsolutePath();
                DatabaseBackup.Summary done = backup.restore(file);
                LOG.info(
                        "Database restored from {}: {} tables, {} rows, {} stored routines, {} triggers",
                        file,
                        done.tables(),
                        done.rows(),
                        done.routines(),
                        done.triggers());
            }
            exitCode = 0;
        } catch (BackupRefusedException refused) {
            LOG.error("Refused: {}", refused.getMessage());
            exitCode = 2;
        } catch (RuntimeException failed) {
            LOG.error("The backup command failed: {}", failed.getMessage(), failed);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
