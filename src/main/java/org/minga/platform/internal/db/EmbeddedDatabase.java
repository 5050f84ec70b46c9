package org.minga.platform.internal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL 17 server Minga runs itself when no external server is configured. One server per
 * data directory and JVM: Spring test contexts that share a data directory share the server, so the
 * test suite starts PostgreSQL once. The files stay in the data directory, so a second start keeps
 * everything a user created.
 *
 * <p>Outside the test suite the server is durable ({@code fsync} and {@code synchronous_commit} on: a
 * committed row survives a power cut). It takes connections only with the generated password kept in
 * {@link DatabaseSecret}. A server left behind by a Minga that was killed is stopped cleanly before this
 * one starts ({@link LeftoverServer}), and a small watchdog stops the server when this JVM dies, however
 * it dies ({@link Watchdog}).
 */
@RequiredArgsConstructor
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "minga";
    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private final String password;
    private final Watchdog watchdog;
    private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Starts (or reuses, within this JVM) the server whose files live in {@code dataDirectory}, and counts
     * one more user of it. Each user calls {@link #release()} when done (Spring does, after closing the
     * DataSource); the last release stops the server. So the server never stops under a context that is
     * still closing, and several test contexts share one server.
     */
    public static EmbeddedDatabase acquireShared(Path dataDirectory, int port, boolean fresh) {
        return acquireShared(dataDirectory, port, fresh, true);
    }

    /** As {@link #acquireShared(Path, int, boolean)}; {@code durable} false turns fsync off (tests only). */
    public static EmbeddedDatabase acquireShared(Path dataDirectory, int port, boolean fresh, boolean durable) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        synchronized (RUNNING) {
            EmbeddedDatabase db = RUNNING.computeIfAbsent(key, dir -> {
                if (fresh) {
                    LeftoverServer.stopIfRunning(dir);
                    deleteRecursively(dir);
                }
                EmbeddedDatabase started = start(dir, port, durable);
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(started::stopWhenUnused, "minga-embedded-postgres-stop"));
                return started;
            });
            db.users.incrementAndGet();
            return db;
        }
    }

    /** One user of a shared server is done with it; the last one stops it. */
    public void release() {
        synchronized (RUNNING) {
            if (users.decrementAndGet() <= 0) {
                closeQuietly();
            }
        }
    }

    /**
     * At JVM exit the application contexts close in their own shutdown hooks, concurrently with this one:
     * give them time to release the server before stopping it, so none of them loses its database while
     * it is still closing.
     */
    private void stopWhenUnused() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (users.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closeQuietly();
    }

    /** Starts a durable server that the caller owns and must close. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    /**
     * Starts a server that the caller owns and must close. {@code durable} false turns {@code fsync} and
     * {@code synchronous_commit} off: only the test suite does that, for speed.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.stopIfRunning(dataDirectory);
            boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
            log.info("Starting embedded PostgreSQL in {} ({}{})", dataDirectory,
                    existing ? "existing data" : "new data directory", durable ? "" : ", fsync off");
            Optional<String> secret = DatabaseSecret.read(dataDirectory);
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(java.time.Duration.ofSeconds(120))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    // zonky passes -F (fsync off) and synchronous_commit=off; these come later and win
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            // zonky checks that the server is up by connecting as postgres; once secured, that needs the password
            secret.ifPresent(s -> builder.setConnectConfig("password", s));
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            String password = secure(dataDirectory, postgres, secret);
            EmbeddedDatabase db = new EmbeddedDatabase(dataDirectory, postgres, password,
                    Watchdog.start(dataDirectory));
            db.ensureDatabase();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo iniciar PostgreSQL embebido en " + dataDirectory, e);
        }
    }

    /**
     * A data directory made by initdb (or by a Minga before passwords) lets anyone on the machine connect as
     * postgres without a password. Give postgres the generated password and make pg_hba.conf ask for it.
     * Every step is repeatable, so a start cut off half-way finishes the job on the next start.
     */
    private static String secure(Path dataDirectory, EmbeddedPostgres postgres, Optional<String> existing)
            throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (existing.isPresent() && PgHba.isSecured(hba)) {
            return existing.get();
        }
        String password = existing.isPresent() ? existing.get() : DatabaseSecret.create(dataDirectory);
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", password);
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", props)) {
            // hashed on this side (SCRAM), so the password never travels nor reaches a server log
            c.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
            PgHba.writeSecured(hba);
            try (ResultSet rs = c.createStatement().executeQuery("select pg_reload_conf()")) {
                rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo proteger con contraseña la base de datos embebida", e);
        }
        log.info("Embedded PostgreSQL now asks for the password kept in {}", DatabaseSecret.file(dataDirectory));
        return password;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo limpiar " + dir, e);
        }
    }

    private void ensureDatabase() {
        try (Connection c = connect("postgres");
                ResultSet rs = c.createStatement().executeQuery(
                        "select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                c.createStatement().execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo crear la base de datos " + DATABASE, e);
        }
    }

    /** A new connection as the superuser to {@code database} of this server. */
    Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, props);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private volatile boolean closed;

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        RUNNING.remove(dataDirectory.toAbsolutePath().normalize(), this);
        try {
            postgres.close();
            // zonky gives pg_ctl 5 s; a durable shutdown checkpoint may take longer: wait for it to finish
            LeftoverServer.running(dataDirectory).ifPresent(p -> {
                try {
                    p.onExit().get(LeftoverServer.STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    log.warn("Embedded PostgreSQL (process {}) is still stopping", p.pid());
                }
            });
        } finally {
            watchdog.dismiss();
        }
    }
}
