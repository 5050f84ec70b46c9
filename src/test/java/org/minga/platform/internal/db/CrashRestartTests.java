package org.minga.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minga killed with SIGKILL in the middle of an import starts again by itself: the PostgreSQL left behind
 * on its data folder is stopped cleanly, the import leaves no row, everything committed before is there.
 * Minga runs as a child JVM (the application class on the test classpath) on a data folder and port of its
 * own, durable as in production.
 */
class CrashRestartTests {

    private static final String ADMIN = "admin.reinicio";
    private static final String PASSWORD = "Reinicio-Tras-Caida-2026-x9";
    private static final String JURISDICTION = "99101";
    private static final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path work;

    private final List<Process> children = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int port;

    @AfterEach
    void stopEverything() {
        children.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
        LeftoverServer.stopIfRunning(work.resolve("pg"));
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void mingaKilledDuringAnImportStartsAgainWithEveryCommittedRowAndNoneOfTheImport() throws Exception {
        Path data = work.resolve("pg");
        port = freePort();
        Process first = startMinga(data, "first");

        // earlier data: a jurisdiction, its levels and 31 territories from a finished import
        post("/api/v1/jurisdictions", "{\"code\":\"" + JURISDICTION + "\",\"name\":\"Municipio del reinicio\","
                + "\"country\":\"CO\",\"timeZone\":\"America/Bogota\"}", 201);
        post("/api/v1/jurisdictions/" + JURISDICTION + "/levels",
                "{\"code\":\"comuna\",\"name\":\"Comuna\",\"rank\":0}", 201);
        post("/api/v1/jurisdictions/" + JURISDICTION + "/levels",
                "{\"code\":\"barrio\",\"name\":\"Barrio\",\"rank\":1}", 201);
        long small = importTerritories(territories("C1", 30));
        assertThat(awaitFinished(small).path("status").asText()).isEqualTo("DONE");
        assertThat(territoryTotal()).isEqualTo(31);

        // an import of 20,001 territories, killed while it loads
        long big = importTerritories(territories("C2", 20_000));
        awaitLoading(big, 500);
        long postmaster = LeftoverServer.postmasterPid(data).orElseThrow();
        // the worst case: the JVM and its watchdog die at once, so the PostgreSQL stays behind
        first.descendants().forEach(ProcessHandle::destroyForcibly);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(1000);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("PostgreSQL left behind")
                .contains(true);

        long restarted = System.nanoTime();
        Process second = startMinga(data, "second");
        long restartSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restarted);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                .as("the old server was stopped").isFalse();
        assertThat(get("/actuator/health").path("status").asText()).isEqualTo("UP");
        assertThat(territoryTotal()).as("the 31 earlier territories, none of the killed import").isEqualTo(31);
        JsonNode job = get("/api/v1/imports/" + big);
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("message").asText()).contains("se reinició").contains("ningún dato");
        try (Connection c = connect(data);
                ResultSet rs = c.createStatement().executeQuery(
                        "select count(*) filter (where code like 'C2%'), count(*) filter (where code like 'C1%') "
                                + "from territory")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rows of the killed import").isZero();
            assertThat(rs.getInt(2)).isEqualTo(31);
        }
        System.out.println("Minga answered " + restartSeconds + " s after the restart began");

        // with its watchdog alive, a killed Minga takes its PostgreSQL with it
        long secondPostmaster = LeftoverServer.postmasterPid(data).orElseThrow();
        second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Optional<ProcessHandle> server = ProcessHandle.of(secondPostmaster);
        if (server.isPresent()) {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        }
        assertThat(data.resolve("postmaster.pid")).as("PostgreSQL shut down cleanly").doesNotExist();
    }

    private Process startMinga(Path data, String name) throws Exception {
        Path log = work.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                "-Dminga.db.embedded-data-dir=" + data,
                "-Dminga.db.url=",
                "-Dserver.port=" + port,
                "-Dminga.demo=false",
                "-Dminga.admin.username=" + ADMIN,
                "-Dminga.admin.password=" + PASSWORD,
                "-Dlogging.level.root=warn",
                "-Dlogging.level.org.minga.platform.internal.db=info",
                "org.minga.MingaApplication")
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(p);
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("Minga (" + name + ") exited:\n" + tail(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Minga (" + name + ") did not answer in 4 minutes:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String territories(String prefix, int barrios) {
        StringBuilder csv = new StringBuilder("codigo,nombre,nivel,codigo_padre,tipo_area\n");
        csv.append(prefix).append(",Comuna ").append(prefix).append(",comuna,,urbana\n");
        for (int i = 1; i <= barrios; i++) {
            csv.append(prefix).append('-').append(i).append(",Barrio ").append(i).append(",barrio,")
                    .append(prefix).append(",urbana\n");
        }
        return csv.toString();
    }

    private long importTerritories(String csv) throws Exception {
        String boundary = "minga" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nterritories\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jurisdiction\"\r\n\r\n" + JURISDICTION
                + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = http.send(authorized("/api/v1/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return json.readTree(r.body()).path("id").asLong();
    }

    private JsonNode awaitFinished(long job) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode j = get("/api/v1/imports/" + job);
            if (j.path("finished").asBoolean()) {
                return j;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + job + " did not finish");
    }

    private void awaitLoading(long job, int rows) throws Exception {
        for (int i = 0; i < 1200; i++) {
            JsonNode j = get("/api/v1/imports/" + job);
            assertThat(j.path("finished").asBoolean()).as("finished before it could be killed: " + j).isFalse();
            if (j.path("status").asText().equals("LOADING") && j.path("processedRows").asInt() >= rows) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + job + " never reached " + rows + " loaded rows");
    }

    private long territoryTotal() throws Exception {
        return get("/api/v1/territories?jurisdiction=" + JURISDICTION + "&size=1").path("total").asLong();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private void post(String path, String body, int expected) throws Exception {
        HttpResponse<String> r = http.send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(expected);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Connection connect(Path data) throws Exception {
        int pgPort = LeftoverServer.postmasterPort(data).orElseThrow();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/minga", "postgres",
                DatabaseSecret.read(data).orElseThrow());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
