package org.minga.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The training API refuses bad input with Spanish Problem Details naming the field, illegal moves with 409, writes
 * by roles that may not with 403; the attendance import loads nothing while any row is wrong, and all when none is.
 */
@MingaTest
class TrainingApiTests extends TrainingTestBase {

    @Test
    void badInputIsRefusedInSpanishNamingEachFieldAndIllegalMovesAnswer409() throws Exception {
        TrainingCalls.Answer empty = api.send(post("/api/v1/training-programmes"), "local.suba",
                Map.of("jurisdiction", "11001", "territory", "11", "capacities", java.util.List.of("NO-EXISTE")));
        assertThat(empty.status()).isEqualTo(400);
        String errors = empty.body().get("errors").toString();
        assertThat(errors).contains("\"field\":\"code\"").contains("\"field\":\"objective\"")
                .contains("\"field\":\"audience\"").contains("\"field\":\"modality\"")
                .contains("\"field\":\"plannedHours\"").contains("\"field\":\"responsibleActor\"")
                .contains("No existe la capacidad «NO-EXISTE»").contains("Indique el objetivo del programa");

        TrainingCalls.Answer wrongType = api.send(post("/api/v1/training-programmes"), "local.suba",
                "{\"territory\":\"11\",\"plannedHours\":\"muchas\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.text()).contains("plannedHours");

        assertThat(api.send(post("/api/v1/training-programmes"), "consulta.kennedy", Map.of("territory", "08"))
                .status()).isEqualTo(403);
        // a local official manages training in their own locality only
        TrainingCalls.Answer outside = api.send(post("/api/v1/training-programmes"), "local.suba",
                Map.of("jurisdiction", "11001", "territory", "08"));
        assertThat(outside.status()).isEqualTo(403);

        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-API-" + s, "OFFICIALS");
        long programme = api.openProgramme("local.suba", "11", "T-API-" + s, capacity, 80, null);
        TrainingCalls.Answer noPlace = api.send(post("/api/v1/training-sessions"), "local.suba",
                Map.of("programmeId", programme, "hours", 30));
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.body().get("errors").toString()).contains("\"field\":\"heldOn\"")
                .contains("\"field\":\"hours\"").contains("Indique el lugar o el enlace de la sesión")
                .contains("\"field\":\"facilitators\"");
        TrainingCalls.Answer reopened = api.send(post("/api/v1/training-programmes/" + programme + "/open"),
                "local.suba", null);
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.body().get("detail").asText()).contains("está «Abierto» y no puede pasar a «Abierto»");
        api.ok(post("/api/v1/training-programmes/" + programme + "/close"), "local.suba", null);
        TrainingCalls.Answer late = api.send(post("/api/v1/training-sessions"), "local.suba",
                Map.of("programmeId", programme, "heldOn", TrainingCalls.today().toString(), "hours", 2, "place", "x",
                        "facilitators", "y"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("detail").asText()).contains("solo se registran sesiones");

        assertThat(api.send(get("/api/v1/training-programmes/999999999"), "local.suba", null).status())
                .isEqualTo(404);
        assertThat(api.send(post("/api/v1/capacities"), "local.suba", Map.of("jurisdiction", "11001", "code", "X",
                "name", "X", "kind", "técnica")).status()).isEqualTo(403);
        TrainingCalls.Answer badKind = api.send(post("/api/v1/capacities"), "distrito",
                Map.of("jurisdiction", "11001", "code", "T-K-" + s, "name", "Sin tipo", "kind", "mágica"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body().get("errors").toString()).contains("\"field\":\"kind\"");
    }

    @Test
    void theAttendanceImportLoadsNothingWhileARowIsWrongAndEverythingWhenNoneIs() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-IMP-" + s, "COMMUNITY_AGENTS");
        long programme = api.openProgramme("local.suba", "11", "T-IMP-" + s, capacity, 80, null);
        var day = TrainingCalls.today().minusDays(3);
        long session = api.session("local.suba", programme, day);
        long[] agent = api.person("Gloria", "Importada", "F", null, "1975-07-07");
        String header = "programa;fecha_sesion;tipo_documento;numero_documento;usuario;nombre;satisfaccion\n";
        String good = "T-IMP-" + s + ";" + day + ";CC;" + agent[1] + ";;;5\n"
                + "T-IMP-" + s + ";" + day + ";;;campo.suba;Equipo de campo Suba;4\n";
        JsonNode bad = importFile(header + good
                + "T-IMP-" + s + ";" + day + ";CC;" + agent[1] + ";;;5\n"
                + "NO-EXISTE;" + day + ";;;campo.suba;;\n"
                + "T-IMP-" + s + ";2001-01-01;CC;999999991;;;9\n");
        assertThat(bad.get("status").asText()).isEqualTo("INVALID");
        assertThat(bad.get("errors").toString()).contains("La misma asistencia ya aparece en la fila")
                .contains("El programa 'NO-EXISTE' no existe").contains("no tuvo sesión el 2001-01-01")
                .contains("No hay una persona registrada con CC 999999991").contains("La satisfacción va de 1 a 5");
        assertThat(attendances(session)).isZero();

        JsonNode done = importFile(header + good);
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(attendances(session)).isEqualTo(2);
        assertThat(api.ok(get("/api/v1/training-sessions/" + session), "local.suba", null).get("satisfaction")
                .asDouble()).isEqualTo(4.5);
    }

    private long attendances(long session) {
        return jdbc.sql("select count(*) from training_attendance where session_id = :s").param("s", session)
                .query(Long.class).single();
    }

    JsonNode importFile(String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "asistencia.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        long id = json.readTree(mvc.perform(multipart("/api/v1/imports").file(file)
                .param("type", "training-attendance").param("jurisdiction", "11001")
                .with(httpBasic("local.suba", "minga2026"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        for (int i = 0; i < 400; i++) {
            JsonNode job = json.readTree(mvc.perform(get("/api/v1/imports/" + id)
                    .with(httpBasic("local.suba", "minga2026"))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            if (job.get("finished").asBoolean()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import did not finish");
    }
}
