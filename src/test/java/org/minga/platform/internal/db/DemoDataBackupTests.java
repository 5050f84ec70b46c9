package org.minga.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The backup of a whole Minga (the demo installation of the test suite: every module's tables, JSON, arrays,
 * timestamps, rollups) restored on another data folder gives back every row of every table.
 */
@MingaTest
class DemoDataBackupTests {

    @Autowired
    DataSource dataSource;

    @TempDir
    Path work;

    @Test
    void aBackupOfTheDemoInstallationRestoresEveryRowOnAnotherDataFolder() throws Exception {
        Path file = work.resolve("demo.zip");
        DatabaseBackup.Manifest manifest;
        try (Connection c = dataSource.getConnection();
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            // tables some tests create outside the migrations (test_import_people) are not Minga's
            manifest = DatabaseBackup.backup(c, out, table -> !table.startsWith("test_"));
        }
        assertThat(manifest.tables()).containsKeys("jurisdiction", "territory", "app_user", "audit_log",
                "flyway_schema_history");
        Map<String, byte[]> original = entries(file);
        assertThat(original.get("data/territory.copy").length).as("demo territories").isGreaterThan(1000);

        Path otherFolder = work.resolve("pg");
        BackupCommand.restore(otherFolder, file);

        Path again = work.resolve("again.zip");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(otherFolder, 0, false);
                Connection c = db.connect(EmbeddedDatabase.DATABASE);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(again))) {
            DatabaseBackup.backup(c, out);
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from territory")) {
                rs.next();
                assertThat(rs.getInt(1)).isPositive();
            }
        }
        Map<String, byte[]> restored = entries(again);
        assertThat(restored.keySet()).isEqualTo(original.keySet());
        original.forEach((name, bytes) -> {
            if (name.startsWith(DatabaseBackup.DATA)) {
                assertThat(restored.get(name)).as(name).isEqualTo(bytes);
            }
        });
    }

    private static Map<String, byte[]> entries(Path zipFile) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(e.getName(), bytes.toByteArray());
            }
        }
        return entries;
    }
}
