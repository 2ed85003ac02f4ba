package uk.coproduction.portal.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The account the portal uses on its embedded MariaDB. The server runs with grant tables, so a local user who can
 * reach 127.0.0.1 cannot read the data without this account's password.
 *
 * <p>The password is random per data folder and kept in a file only its owner may read, beside the data, so a
 * restart (or the backup command) finds the same one. The server learns it from an init file that MariaDB runs
 * with full rights at every start; that file holds only the password's hash, never the password.
 */
final class EmbeddedDatabaseAccount {

    static final String USER = "portal";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final String password;
    private final Path initFile;

    private EmbeddedDatabaseAccount(String password, Path initFile) {
        this.password = password;
        this.initFile = initFile;
    }

    /** Where the password and init file live for a data folder: beside it, so MariaDB never sees them as data. */
    static Path passwordFileFor(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".portal-password");
    }

    static Path initFileFor(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".portal-init.sql");
    }

    /** Reads the data folder's password, or makes one on first start, and writes the init file for the server. */
    static EmbeddedDatabaseAccount forDataDir(Path dataDir) throws IOException {
        Path passwordFile = passwordFileFor(dataDir);
        String password;
        if (Files.isRegularFile(passwordFile)) {
            password = Files.readString(passwordFile, StandardCharsets.US_ASCII).trim();
        } else {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            password = HexFormat.of().formatHex(random);
            writeOwnerOnly(passwordFile, password);
        }
        restrictToOwner(passwordFile);
        Path initFile = initFileFor(dataDir);
        String hash = nativePasswordHash(password);
        // Idempotent, runs at every start: the account exists with this password and nothing else gets in without
        // one (mysql_install_db may leave anonymous accounts). root keeps only the operating system's socket login.
        writeOwnerOnly(
                initFile,
                String.join(
                        "\n",
                        "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY PASSWORD '" + hash + "';",
                        "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY PASSWORD '" + hash + "';",
                        "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1';",
                        "DELETE FROM mysql.global_priv WHERE User = '';",
                        "FLUSH PRIVILEGES;",
                        ""));
        return new EmbeddedDatabaseAccount(password, initFile);
    }

    String password() {
        return password;
    }

    Path initFile() {
        return initFile;
    }

    /** MariaDB's mysql_native_password hash: '*' and SHA1(SHA1(password)) in upper-case hex. */
    static String nativePasswordHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is already private.
        }
    }
}
