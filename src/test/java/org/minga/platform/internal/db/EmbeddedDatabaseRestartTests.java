package org.minga.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user creates is still there after the embedded PostgreSQL stops and starts again. */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        int firstPort;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
            firstPort = db.port();
            Flyway.configure().dataSource(db.jdbcUrl(), "postgres", null).load().migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", null);
                 Statement s = c.createStatement()) {
                s.execute("insert into jurisdiction (code, name, country, time_zone) "
                        + "values ('99999', 'Municipio de prueba', 'CO', 'America/Bogota')");
            }
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
            // migrations already applied: a second start changes nothing
            assertThat(Flyway.configure().dataSource(db.jdbcUrl(), "postgres", null).load().migrate().migrationsExecuted)
                    .isZero();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", null);
                 ResultSet rs = c.createStatement().executeQuery(
                         "select name, server_version_num from jurisdiction, (select current_setting('server_version_num')::int as server_version_num) v where code = '99999'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("name")).isEqualTo("Municipio de prueba");
                assertThat(rs.getInt("server_version_num")).as("PostgreSQL 17").isBetween(170000, 179999);
            }
        }
        assertThat(firstPort).isPositive();
    }
}
