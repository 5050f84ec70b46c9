package org.minga.platform.internal.db;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code bin/minga-backup FILE} and {@code bin/minga-restore FILE}: backup and restore of the embedded database
 * (see {@link DatabaseBackup} for the format). The backup works while Minga runs (it reads one consistent
 * snapshot from the running server) or while it is stopped (it starts the server on the data folder for the
 * time of the backup). The restore needs Minga stopped, and replaces the data only once the whole file loaded.
 * Settings come from the same environment as Minga: {@code MINGA_DATA_DIR}; with {@code MINGA_DB_URL} set the
 * data live on an external server, which is backed up with that server's own tools (README).
 */
public final class BackupCommand {

    static final String RESTORING = "minga_restore";
    static final String REPLACED = "minga_before_restore";

    private BackupCommand() {
    }

    public static void main(String[] args) {
        quietLogs();
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            err.println("Uso: bin/minga-backup ARCHIVO.zip | bin/minga-restore ARCHIVO.zip");
            return 2;
        }
        String externalUrl = env.getOrDefault("MINGA_DB_URL", "");
        if (!externalUrl.isBlank()) {
            err.println("MINGA_DB_URL está definida: los datos están en un servidor PostgreSQL externo. Haga la copia "
                    + "con las herramientas de ese servidor (pg_dump / pg_restore de su misma versión); vea "
                    + "\"Copias de seguridad\" en el README.");
            return 2;
        }
        String dir = env.getOrDefault("MINGA_DATA_DIR", "");
        Path dataDirectory = Path.of(dir.isBlank() ? "data/postgres" : dir).toAbsolutePath().normalize();
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            if (args[0].equals("backup")) {
                DatabaseBackup.Manifest m = backup(dataDirectory, file);
                out.println("Copia de seguridad escrita en " + file + " (" + m.tables().size() + " tablas, esquema "
                        + m.schemaVersion() + ", " + Files.size(file) / 1024 + " KB).");
            } else {
                DatabaseBackup.Manifest m = restore(dataDirectory, file);
                out.println("Datos restaurados desde " + file + ": la copia del " + m.createdAt() + " (esquema "
                        + m.schemaVersion() + "). Inicie Minga.");
            }
            return 0;
        } catch (DatabaseBackup.BackupException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println("No se pudo completar la operación: " + e);
            return 1;
        }
    }

    /**
     * Backs up the database of {@code dataDirectory} to {@code file}, written under a temporary name and moved
     * into place when complete, so an interrupted backup never looks like a good one.
     */
    static DatabaseBackup.Manifest backup(Path dataDirectory, Path file) throws IOException, SQLException {
        requireData(dataDirectory);
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.createDirectories(file.toAbsolutePath().getParent());
        DatabaseBackup.Manifest manifest;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            Optional<ProcessHandle> running = LeftoverServer.running(dataDirectory);
            if (running.isPresent()) {
                int port = LeftoverServer.postmasterPort(dataDirectory).orElseThrow(
                        () -> new DatabaseBackup.BackupException("No se encontró el puerto del PostgreSQL en marcha en "
                                + dataDirectory + "."));
                try (Connection c = connect(port, EmbeddedDatabase.DATABASE, DatabaseSecret.read(dataDirectory))) {
                    manifest = DatabaseBackup.backup(c, out);
                }
            } else {
                try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory, 0);
                        Connection c = db.connect(EmbeddedDatabase.DATABASE)) {
                    manifest = DatabaseBackup.backup(c, out);
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return manifest;
    }

    /**
     * Replaces the database of {@code dataDirectory} with the backup in {@code file}. Minga must be stopped. The
     * backup loads into a new database first; the current one is replaced only when that succeeded.
     */
    static DatabaseBackup.Manifest restore(Path dataDirectory, Path file) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseBackup.BackupException("No existe el archivo " + file + ".");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry first;
            try {
                first = zip.getNextEntry();
            } catch (IOException e) {
                first = null;
            }
            if (first == null || !first.getName().equals(DatabaseBackup.MANIFEST)) {
                throw new DatabaseBackup.BackupException(file + " no es una copia de seguridad de Minga.");
            }
            DatabaseBackup.readManifest(zip);
        }
        Optional<ProcessHandle> running = LeftoverServer.running(dataDirectory);
        if (running.isPresent()) {
            throw new DatabaseBackup.BackupException("Minga está en marcha sobre " + dataDirectory + " (PostgreSQL, "
                    + "proceso " + running.get().pid() + "). Detenga Minga y vuelva a ejecutar la restauración.");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory, 0)) {
            try (Connection admin = db.connect("postgres")) {
                admin.createStatement().execute("drop database if exists " + RESTORING + " with (force)");
                admin.createStatement().execute("create database " + RESTORING);
            }
            DatabaseBackup.Manifest manifest;
            try (Connection target = db.connect(RESTORING);
                    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                manifest = DatabaseBackup.restoreInto(target,
                        "jdbc:postgresql://localhost:" + db.port() + "/" + RESTORING, db.user(), db.password(), in);
            } catch (IOException | SQLException | RuntimeException e) {
                try (Connection admin = db.connect("postgres")) {
                    admin.createStatement().execute("drop database if exists " + RESTORING + " with (force)");
                }
                throw e;
            }
            try (Connection admin = db.connect("postgres")) {
                admin.createStatement().execute("drop database if exists " + REPLACED + " with (force)");
                admin.createStatement()
                        .execute("alter database " + EmbeddedDatabase.DATABASE + " rename to " + REPLACED);
                admin.createStatement()
                        .execute("alter database " + RESTORING + " rename to " + EmbeddedDatabase.DATABASE);
                admin.createStatement().execute("drop database " + REPLACED);
            }
            return manifest;
        }
    }

    private static void requireData(Path dataDirectory) {
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            throw new DatabaseBackup.BackupException("No hay una base de datos de Minga en " + dataDirectory
                    + " (defina MINGA_DATA_DIR si Minga guarda sus datos en otra carpeta).");
        }
    }

    private static Connection connect(int port, String database, Optional<String> password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", EmbeddedDatabase.SUPERUSER);
        password.ifPresent(p -> props.setProperty("password", p));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, props);
    }

    /** A command prints what it did; the servers' chatter goes to warnings only. */
    private static void quietLogs() {
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
