package org.minga.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/minga-backup and bin/minga-restore on the embedded database: back up, change data, restore. */
class DatabaseBackupTests {

    @TempDir
    Path work;

    @Test
    void restoreBringsBackEveryTableAsItWasAtTheBackup() throws Exception {
        Path data = work.resolve("pg");
        Path file = work.resolve("copias/minga-backup.zip");
        Map<String, String> atBackup;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).load().migrate();
            try (Connection c = db.connect("minga"); Statement s = c.createStatement()) {
                s.execute("insert into jurisdiction (code, name, country, time_zone) values "
                        + "('99201', 'Municipio con tilde, coma; comillas \" y barra \\ y\ttab', 'CO', 'America/Bogota'),"
                        + "('99202', 'Comuna de prueba\nsegunda línea', 'CL', 'America/Santiago')");
                atBackup = fingerprint(c);
            }
            // while the server runs, as with Minga up: one consistent snapshot
            int code = BackupCommand.run(new String[]{"backup", file.toString()},
                    Map.of("MINGA_DATA_DIR", data.toString()), System.out, System.err);
            assertThat(code).isZero();
            assertThat(file).exists();
            assertThat(work.resolve("copias/minga-backup.zip.part")).doesNotExist();

            try (Connection c = db.connect("minga"); Statement s = c.createStatement()) {
                s.execute("update jurisdiction set name = 'Cambiado' where code = '99201'");
                s.execute("delete from jurisdiction where code = '99202'");
                s.execute("insert into jurisdiction (code, name, country, time_zone) values "
                        + "('99203', 'Creado después de la copia', 'CO', 'America/Bogota')");
                assertThat(fingerprint(c)).isNotEqualTo(atBackup);
            }

            // Minga (its server) still runs: the restore refuses to pull the data from under it
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(BackupCommand.run(new String[]{"restore", file.toString()},
                    Map.of("MINGA_DATA_DIR", data.toString()), System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Minga está en marcha").contains("Detenga Minga");
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = BackupCommand.run(new String[]{"restore", file.toString()},
                Map.of("MINGA_DATA_DIR", data.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Datos restaurados");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0); Connection c = db.connect("minga")) {
            assertThat(fingerprint(c)).isEqualTo(atBackup);
            try (Statement s = c.createStatement()) {
                // sequences come back too: a new row does not collide with a restored one
                s.execute("insert into jurisdiction (code, name, country, time_zone) values "
                        + "('99204', 'Después de restaurar', 'CO', 'America/Bogota')");
                try (ResultSet rs = s.executeQuery("select name from jurisdiction where code = '99201'")) {
                    rs.next();
                    assertThat(rs.getString(1)).startsWith("Municipio con tilde, coma; comillas \" y barra \\ y\ttab");
                }
            }
            // Minga's own start on the restored data: no migration pending, the schema is whole
            assertThat(Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).load()
                    .migrate().migrationsExecuted).isZero();
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDataStay() throws Exception {
        Path data = work.resolve("pg");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).load().migrate();
        }
        Path notABackup = work.resolve("fotos.zip");
        Files.writeString(notABackup, "no soy una copia");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackupCommand.run(new String[]{"restore", notABackup.toString()},
                Map.of("MINGA_DATA_DIR", data.toString()), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no es una copia de seguridad de Minga");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
                Connection c = db.connect("minga");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        assertThat(BackupCommand.run(new String[]{"backup", work.resolve("x.zip").toString()},
                Map.of("MINGA_DB_URL", "jdbc:postgresql://db.example/minga"), System.out,
                new PrintStream(usage, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(usage.toString(StandardCharsets.UTF_8)).contains("pg_dump");
    }

    /** Every table's rows, hashed in a fixed order: equal maps mean equal data. */
    private static Map<String, String> fingerprint(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "select tablename from pg_tables where schemaname = 'public' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, String> result = new TreeMap<>();
        for (String t : tables) {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) || ':' || coalesce(md5(string_agg("
                    + "x::text, '|' order by x::text)), '') from \"" + t + "\" x")) {
                rs.next();
                result.put(t, rs.getString(1));
            }
        }
        try (ResultSet rs = c.createStatement().executeQuery(
                "select sequencename, last_value from pg_sequences where schemaname = 'public'")) {
            while (rs.next()) {
                result.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
            }
        }
        assertThat(result).containsKeys("jurisdiction", "flyway_schema_history");
        return result;
    }
}
