package org.minga.platform.internal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL 17 server Minga runs itself when no external server is configured. One server per
 * data directory and JVM: Spring test contexts that share a data directory share the server, so the
 * test suite starts PostgreSQL once. The files stay in the data directory, so a second start keeps
 * everything a user created.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "minga";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();

    private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    /**
     * Starts (or reuses, within this JVM) the server whose files live in {@code dataDirectory}, and counts
     * one more user of it. Each user calls {@link #release()} when done (Spring does, after closing the
     * DataSource); the last release stops the server. So the server never stops under a context that is
     * still closing, and several test contexts share one server.
     */
    public static EmbeddedDatabase acquireShared(Path dataDirectory, int port, boolean fresh) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        synchronized (RUNNING) {
            EmbeddedDatabase db = RUNNING.computeIfAbsent(key, dir -> {
                if (fresh) {
                    deleteRecursively(dir);
                }
                EmbeddedDatabase started = start(dir, port);
                Runtime.getRuntime().addShutdownHook(new Thread(started::stopWhenUnused, "minga-embedded-postgres-stop"));
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

    /** Starts a server that the caller owns and must close. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
            log.info("Starting embedded PostgreSQL in {} ({})", dataDirectory,
                    existing ? "existing data" : "new data directory");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase db = new EmbeddedDatabase(dataDirectory, postgres);
            db.ensureDatabase();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo iniciar PostgreSQL embebido en " + dataDirectory, e);
        }
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
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                c.createStatement().execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo crear la base de datos " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
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
        postgres.close();
    }

}
