package org.minga.platform.internal.db;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of Minga's database through PostgreSQL's own COPY protocol, and its restore.
 *
 * <p>The backup is a ZIP file: {@code manifest.properties} (format, the Flyway schema version, the tables with
 * their columns), one {@code data/<table>.copy} per table in COPY text format, and {@code sequences.properties}.
 * Every table is read in one REPEATABLE READ, READ ONLY transaction (as pg_dump does), so the backup is one
 * consistent moment even while Minga keeps working.
 *
 * <p>The restore rebuilds the schema with Minga's own Flyway migrations up to the backup's version, loads every
 * table with COPY (triggers and foreign keys off for the load, as pg_restore does with
 * {@code --disable-triggers}; the backup is consistent already), sets every sequence, and only then swaps the
 * restored database in place of the current one: a restore that fails leaves the current data untouched.
 */
final class DatabaseBackup {

    static final int FORMAT = 1;
    static final String MANIFEST = "manifest.properties";
    static final String SEQUENCES = "sequences.properties";
    static final String DATA = "data/";

    private DatabaseBackup() {
    }

    /** What a backup holds, read from its manifest. */
    record Manifest(int format, String schemaVersion, OffsetDateTime createdAt, Map<String, List<String>> tables) {
    }

    /** Writes a consistent backup of the database behind {@code c} to {@code out}; returns its manifest. */
    static Manifest backup(Connection c, OutputStream out) throws SQLException, IOException {
        return backup(c, out, table -> true);
    }

    /** As {@link #backup(Connection, OutputStream)}, of the tables {@code include} accepts. */
    static Manifest backup(Connection c, OutputStream out, java.util.function.Predicate<String> include)
            throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Map<String, List<String>> tables = tables(c);
            tables.keySet().removeIf(include.negate());
            try (Statement s = c.createStatement()) {
                // no table may change its shape while it is read (what pg_dump takes too)
                for (String table : tables.keySet()) {
                    s.execute("lock table " + quote(table) + " in access share mode");
                }
            }
            Manifest manifest = new Manifest(FORMAT, schemaVersion(c), OffsetDateTime.now(), tables);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            writeManifest(manifest, zip);
            zip.closeEntry();

            Properties sequences = sequences(c, tables, include);
            zip.putNextEntry(new ZipEntry(SEQUENCES));
            sequences.store(new Unclosable(zip), "Minga sequences: last_value,is_called");
            zip.closeEntry();

            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry(DATA + table.getKey() + ".copy"));
                copy.copyOut("copy " + quote(table.getKey()) + " (" + columns(table.getValue()) + ") to stdout",
                        new Unclosable(zip));
                zip.closeEntry();
            }
            c.commit();
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setReadOnly(false);
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Loads a backup into {@code target}, an empty database, connected as a superuser: migrates it to the
     * backup's schema version with Flyway, then copies every table and sets every sequence.
     */
    static Manifest restoreInto(Connection target, String url, String user, String password, InputStream in)
            throws SQLException, IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry first = zip.getNextEntry();
        if (first == null || !first.getName().equals(MANIFEST)) {
            throw new BackupException("El archivo no es una copia de seguridad de Minga (falta " + MANIFEST + ").");
        }
        Manifest manifest = readManifest(zip);
        migrateTo(manifest, url, user, password);

        boolean autoCommit = target.getAutoCommit();
        target.setAutoCommit(false);
        try (Statement s = target.createStatement()) {
            s.execute("set session_replication_role = replica");
            Map<String, List<String>> present = tables(target);
            for (String table : manifest.tables().keySet()) {
                if (!present.containsKey(table)) {
                    throw new BackupException("La tabla " + table + " de la copia no existe en el esquema "
                            + manifest.schemaVersion() + ".");
                }
            }
            if (!present.isEmpty()) {
                // migrations may have inserted reference rows: the backup has them as they were
                s.execute(
                        "truncate " + String.join(", ", present.keySet().stream().map(DatabaseBackup::quote).toList()));
            }
            Properties sequences = load(target, zip, manifest);
            try (PreparedStatement setval = target.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (String name : sequences.stringPropertyNames()) {
                    String[] v = sequences.getProperty(name).split(",");
                    setval.setString(1, quote(name));
                    setval.setLong(2, Long.parseLong(v[0]));
                    setval.setBoolean(3, Boolean.parseBoolean(v[1]));
                    setval.executeQuery().close();
                }
            }
            s.execute("set session_replication_role = origin");
            target.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(autoCommit);
        }
        try (Statement s = target.createStatement()) {
            s.execute("analyze");
        }
        return manifest;
    }

    /** The sequences to keep, with their values: those of the tables kept, and free ones {@code include} accepts. */
    private static Properties sequences(Connection c, Map<String, List<String>> tables,
            java.util.function.Predicate<String> include) throws SQLException {
        Properties sequences = new Properties();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select s.relname, t.relname
                        from pg_class s
                        join pg_namespace n on n.oid = s.relnamespace
                        left join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass
                             and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
                        left join pg_class t on t.oid = d.refobjid
                        where s.relkind = 'S' and n.nspname = 'public'""")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                // a sequence goes with the table that owns it (serial and identity columns)
                String owner = rs.getString(2);
                if (owner == null ? include.test(rs.getString(1)) : tables.containsKey(owner)) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet v = s.executeQuery("select last_value, is_called from " + quote(name))) {
                    v.next();
                    sequences.setProperty(name, v.getLong(1) + "," + v.getBoolean(2));
                }
            }
        }
        return sequences;
    }

    /** Brings the target's schema to the backup's version; a backup of another format or a newer schema is refused. */
    private static void migrateTo(Manifest manifest, String url, String user, String password) {
        if (manifest.format() != FORMAT) {
            throw new BackupException("La copia tiene el formato " + manifest.format() + " y esta versión de Minga "
                    + "lee el formato " + FORMAT + ".");
        }
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(manifest.schemaVersion()).load();
        String newest = flyway.info().all().length == 0 ? null
                : flyway.info().all()[flyway.info().all().length - 1].getVersion().getVersion();
        if (newest == null || compareVersions(manifest.schemaVersion(), newest) > 0) {
            throw new BackupException("La copia es de una versión más nueva de Minga (esquema "
                    + manifest.schemaVersion()
                    + "; esta versión llega a " + newest + "). Restáurela con esa versión de Minga o una posterior.");
        }
        flyway.migrate();
    }

    /** Copies every table of the backup into the target; returns the sequences' values, read from the backup. */
    private static Properties load(Connection target, ZipInputStream zip, Manifest manifest)
            throws SQLException, IOException {
        CopyManager copy = target.unwrap(PGConnection.class).getCopyAPI();
        Properties sequences = null;
        int tablesLoaded = 0;
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals(SEQUENCES)) {
                sequences = new Properties();
                sequences.load(new UnclosableIn(zip));
            } else if (e.getName().startsWith(DATA) && e.getName().endsWith(".copy")) {
                String table = e.getName().substring(DATA.length(), e.getName().length() - ".copy".length());
                List<String> cols = manifest.tables().get(table);
                if (cols == null) {
                    throw new BackupException("La copia está dañada: la tabla " + table + " no está en el índice.");
                }
                copy.copyIn("copy " + quote(table) + " (" + columns(cols) + ") from stdin", new UnclosableIn(zip));
                tablesLoaded++;
            }
        }
        if (sequences == null || tablesLoaded != manifest.tables().size()) {
            throw new BackupException("La copia está incompleta: tiene " + tablesLoaded + " de "
                    + manifest.tables().size() + " tablas.");
        }
        return sequences;
    }

    /** The manifest of a backup file, to say what it holds before restoring it. */
    static Manifest readManifest(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.InputStreamReader(new UnclosableIn(in), StandardCharsets.UTF_8));
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String list = p.getProperty("tables", "");
        for (String table : list.isBlank() ? new String[0] : list.split(",")) {
            tables.put(table, List.of(p.getProperty("table." + table, "").split(",")));
        }
        try {
            return new Manifest(Integer.parseInt(p.getProperty("format", "0")), p.getProperty("schemaVersion"),
                    OffsetDateTime.parse(p.getProperty("createdAt")), tables);
        } catch (RuntimeException e) {
            throw new BackupException("El archivo no es una copia de seguridad de Minga válida (índice ilegible).");
        }
    }

    private static void writeManifest(Manifest m, OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(m.format()));
        p.setProperty("schemaVersion", m.schemaVersion());
        p.setProperty("createdAt", m.createdAt().toString());
        p.setProperty("tables", String.join(",", m.tables().keySet()));
        m.tables().forEach((t, cols) -> p.setProperty("table." + t, String.join(",", cols)));
        p.store(new java.io.OutputStreamWriter(new Unclosable(out), StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, "Minga backup");
    }

    /** Every ordinary table of the public schema with its stored (not generated) columns, in order. */
    private static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        """
                                select c.relname, a.attname
                                from pg_class c
                                join pg_namespace n on n.oid = c.relnamespace
                                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                                where n.nspname = 'public' and c.relkind = 'r' and c.relpersistence <> 't'
                                order by c.relname, a.attnum""")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select version from flyway_schema_history where success and version is not null "
                                + "order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new BackupException(
                        "La base de datos no tiene el esquema de Minga (no hay migraciones aplicadas).");
            }
            return rs.getString(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new BackupException(
                        "La base de datos no tiene el esquema de Minga (no hay migraciones aplicadas).");
            }
            throw e;
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static String columns(List<String> cols) {
        return String.join(", ", cols.stream().map(DatabaseBackup::quote).toList());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A backup that cannot be made or restored, with the reason in Spanish for the person running it. */
    static final class BackupException extends RuntimeException {
        BackupException(String message) {
            super(message);
        }
    }

    /** Lets a ZIP entry be written by code that closes its stream when done. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Lets a ZIP entry be read by code that closes its stream when done. */
    private static final class UnclosableIn extends FilterInputStream {
        UnclosableIn(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the ZIP stream goes on to the next entry
        }
    }
}
