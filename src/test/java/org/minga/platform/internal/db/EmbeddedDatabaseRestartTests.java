package org.minga.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user creates is still there after the embedded PostgreSQL stops and starts again; the server is
 * durable and asks for its generated password.
 */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        int firstPort;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
            firstPort = db.port();
            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).load().migrate();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("insert into jurisdiction (code, name, country, time_zone) "
                        + "values ('99999', 'Municipio de prueba', 'CO', 'America/Bogota')");
            }
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();
        assertThat(dataDir.resolve("postmaster.pid")).as("the server stopped").doesNotExist();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
            // migrations already applied: a second start changes nothing
            assertThat(Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).load()
                    .migrate().migrationsExecuted).isZero();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                    ResultSet rs = c.createStatement().executeQuery(
                            "select name, server_version_num from jurisdiction, (select current_setting('server_version_num')::int as server_version_num) v where code = '99999'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("name")).isEqualTo("Municipio de prueba");
                assertThat(rs.getInt("server_version_num")).as("PostgreSQL 17").isBetween(170000, 179999);
            }
        }
        assertThat(firstPort).isPositive();
    }

    @Test
    void theServerIsDurableOutsideTheTestSuite() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            assertThat(setting(c, "fsync")).isEqualTo("on");
            assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(c, "full_page_writes")).isEqualTo("on");
        }
        // the test suite asks for speed explicitly
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0, false);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            assertThat(setting(c, "fsync")).isEqualTo("off");
            assertThat(setting(c, "synchronous_commit")).isEqualTo("off");
        }
    }

    @Test
    void connectingWithoutThePasswordIsRefused() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
            assertRefused(db.port(), null);
            assertRefused(db.port(), "");
            assertRefused(db.port(), "minga2026");
            String secret = Files.readString(dataDir.resolve(DatabaseSecret.FILE)).strip();
            assertThat(secret).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(DatabaseSecret.FILE))))
                            .isEqualTo("rw-------");
            try (Connection c = connect(db.port(), secret)) {
                assertThat(setting(c, "password_encryption")).isEqualTo("scram-sha-256");
                try (ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) filter (where auth_method = 'trust'), count(*) from pg_hba_file_rules")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("rules without a password").isZero();
                    assertThat(rs.getInt(2)).isPositive();
                }
            }
        }
        // the same password at the next start
        String secret = Files.readString(dataDir.resolve(DatabaseSecret.FILE)).strip();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
            assertThat(db.password()).isEqualTo(secret);
            assertRefused(db.port(), null);
        }
    }

    @Test
    void aDataDirectoryMadeBeforePasswordsIsUpgradedAtStart() throws Exception {
        // what Minga made before: initdb with trust for everyone, no secret
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
                Connection c = legacy.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database minga");
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:1/x", "postgres", null)) {
            throw new AssertionError("nothing listens on port 1");
        } catch (SQLException expected) {
            // the legacy server is stopped
        }
        assertThat(dataDir.resolve(DatabaseSecret.FILE)).doesNotExist();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0)) {
            assertRefused(db.port(), null);
            assertThat(dataDir.resolve(DatabaseSecret.FILE)).exists();
            try (Connection c = connect(db.port(), db.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void aSecondMingaOnTheSameDataFolderLeavesTheRunningOneAlone() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDir, 0)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Otro Minga en marcha usa los datos de");
            try (Connection c = running.connect("minga")) {
                assertThat(c.isValid(2)).as("the first server still answers").isTrue();
            }
        }
    }

    private static void assertRefused(int port, String password) {
        assertThatThrownBy(() -> connect(port, password).close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                        .as("refused for want of a password, not for anything else")
                        .isIn("28P01", "28000", "08004"));
    }

    private static Connection connect(int port, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/minga", props);
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
