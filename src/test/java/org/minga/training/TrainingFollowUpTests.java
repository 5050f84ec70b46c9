package org.minga.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;

/**
 * Issue 20's leftovers: the programme list, a programme's attendance (personal data, on the access log) and its
 * figures as spreadsheets; a programme edited while planned or open and refused in Spanish once closed; a person's
 * page showing the capacities held and the programmes completed; a person merge moving their training.
 */
@MingaTest
class TrainingFollowUpTests extends TrainingTestBase {

    @Test
    void theListTheAttendanceAndTheFiguresExportAndOnlyPersonalDataRolesGetTheAttendanceOnTheLog() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-EXP-" + s, "EXTRAMURAL_TEAMS");
        long programme = api.openProgramme("distrito", "11001", "T-EXP-" + s, capacity, 50, null);
        long session = api.session("distrito", programme, TrainingCalls.today().minusDays(1));
        long[] rosa = api.person("Rosa", "Exportada Ñuñez", "F", null, "1991-02-02");
        api.attend("distrito", session, rosa[0], 5);

        TrainingCalls.Answer list = api.send(get("/api/v1/training-programmes/export"), "local.suba", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Código;Nombre;Audiencia").contains("T-EXP-" + s + ";Programa T-EXP-" + s)
                .contains("Equipos básicos extramurales").contains("Abierto");

        TrainingCalls.Answer attendance = api.send(
                get("/api/v1/training-programmes/" + programme + "/participants/export"), "local.suba", null);
        assertThat(attendance.status()).isEqualTo(200);
        assertThat(attendance.text()).contains("Rosa Exportada Ñuñez").doesNotContain(String.valueOf(rosa[1]));
        assertThat(jdbc.sql("""
                select count(*) from personal_data_access where username = 'local.suba' and action = 'EXPORT'
                  and endpoint = 'GET /api/v1/training-programmes/{id}/participants/export'
                  and subject_ids @> array[cast(:p as bigint)]""").param("p", rosa[0]).query(Long.class).single())
                .as("the attendance export is on the access log").isOne();
        assertThat(api.send(get("/api/v1/training-programmes/" + programme + "/participants/export"),
                "consulta.kennedy", null).status()).isEqualTo(403);

        TrainingCalls.Answer figures = api.send(get("/api/v1/training-programmes/" + programme
                + "/diversity/export").param("format", "xlsx"), "consulta.kennedy", null);
        assertThat(figures.status()).isEqualTo(200);
        TrainingCalls.Answer csvFigures = api.send(
                get("/api/v1/training-programmes/" + programme + "/diversity/export"), "consulta.kennedy", null);
        assertThat(csvFigures.text()).contains("sexo;F;1;100").doesNotContain("Rosa");
        assertThat(api.send(get("/api/v1/training-programmes/export").param("format", "pdf"), "local.suba", null)
                .status()).isEqualTo(400);
    }

    @Test
    void aProgrammeIsEditedWhilePlannedOrOpenAndRefusedInSpanishOnceClosed() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-EDIT-" + s, "OFFICIALS");
        long programme = api.openProgramme("local.suba", "11", "T-EDIT-" + s, capacity, 80, null);
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("name", "Programa corregido " + s);
        edit.put("objective", "Un objetivo más preciso.");
        edit.put("audience", "Funcionarios");
        edit.put("responsibleActor", "Alcaldía Local de Suba");
        edit.put("modality", "virtual");
        edit.put("plannedHours", 12);
        edit.put("minAttendancePercent", 70);
        edit.put("capacities", List.of(capacity));
        var edited = api.ok(put("/api/v1/training-programmes/" + programme), "local.suba", edit);
        assertThat(edited.get("name").asText()).isEqualTo("Programa corregido " + s);
        assertThat(edited.get("code").asText()).isEqualTo("T-EDIT-" + s);
        assertThat(edited.get("plannedHours").decimalValue()).isEqualByComparingTo("12");
        assertThat(edited.get("minAttendancePercent").asInt()).isEqualTo(70);

        edit.put("plannedHours", 0);
        TrainingCalls.Answer bad = api.send(put("/api/v1/training-programmes/" + programme), "local.suba", edit);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").toString()).contains("\"field\":\"plannedHours\"");
        assertThat(api.send(put("/api/v1/training-programmes/" + programme), "consulta.kennedy", edit).status())
                .isEqualTo(403);

        edit.put("plannedHours", 12);
        api.ok(post("/api/v1/training-programmes/" + programme + "/close"), "local.suba", null);
        TrainingCalls.Answer closed = api.send(put("/api/v1/training-programmes/" + programme), "local.suba", edit);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.body().get("detail").asText()).contains("ya no se puede modificar");
        assertThat(api.ok(get("/api/v1/training-programmes/" + programme), "local.suba", null).get("name").asText())
                .isEqualTo("Programa corregido " + s);
    }

    @Test
    void aPersonsPageShowsCapacitiesAndProgrammesCompletedAndAMergeMovesTheirTraining() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-PP-" + s, "COMMUNITY_AGENTS");
        long done = api.openProgramme("local.suba", "11", "T-PP-" + s, capacity, 50, null);
        long other = api.openProgramme("local.suba", "11", "T-PQ-" + s, capacity, 50, null);
        long doneSession = api.session("local.suba", done, TrainingCalls.today().minusDays(3));
        long otherSession = api.session("local.suba", other, TrainingCalls.today().minusDays(2));
        long kept = api.person("Marta", "Conservada " + s, "F", null, "1970-07-07")[0];
        long dup = api.person("Martha", "Duplicada " + s, "F", null, "1970-07-07")[0];

        String before = api.send(get("/persons/" + kept), "local.suba", null).text();
        assertThat(before).contains("Programas de formación completados")
                .contains("No ha completado programas de formación.");

        api.attend("local.suba", doneSession, kept, 5);
        api.attend("local.suba", doneSession, dup, 4);
        api.attend("local.suba", otherSession, dup, 3);
        var completed = api.ok(post("/api/v1/training-participants/" + api.participant(done, kept) + "/completion"),
                "local.suba", null);
        String code = completed.get("certificateCode").asText();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.send(get("/persons/" + kept), "local.suba", null).text()).contains("T-PP-" + s + " · Capacidad")
                        .contains("T-PP-" + s + " · Programa T-PP-" + s).contains(code));

        api.ok(post("/api/v1/persons/" + kept + "/merge"), "local.suba", Map.of("duplicateId", dup));
        var doneParticipants = api.ok(get("/api/v1/training-programmes/" + done + "/participants"), "distrito", null);
        assertThat(doneParticipants).hasSize(1);
        assertThat(doneParticipants.get(0).get("personId").asLong()).isEqualTo(kept);
        assertThat(doneParticipants.get(0).get("certificateCode").asText()).isEqualTo(code);
        var otherParticipants = api.ok(get("/api/v1/training-programmes/" + other + "/participants"), "distrito",
                null);
        assertThat(otherParticipants).hasSize(1);
        assertThat(otherParticipants.get(0).get("personId").asLong()).isEqualTo(kept);
        assertThat(otherParticipants.get(0).get("sessionsAttended").asLong()).isOne();
        assertThat(api.send(get("/certificates/" + code), null, null).text()).contains("Certificado válido");
    }
}
