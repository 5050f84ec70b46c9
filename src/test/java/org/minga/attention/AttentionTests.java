package org.minga.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Attentions by setting: recording, counts by setting/territory/month within scope, and import. */
@MingaTest
class AttentionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode read(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long countFor(String user, String setting, String month) throws Exception {
        JsonNode counts = read(mvc.perform(get("/api/v1/attentions/counts?level=localidad&setting=" + setting)
                .with(httpBasic(user, "minga2026"))).andExpect(status().isOk()));
        long n = 0;
        for (JsonNode c : counts) {
            if (c.get("month").asText().equals(month) && c.get("territory").asText().equals("Suba")) {
                n += c.get("participants").asLong();
            }
        }
        return n;
    }

    @Test
    void collectiveAttentionCountsBySettingTerritoryAndMonthWithinScope() throws Exception {
        LocalDate day = LocalDate.now(java.time.ZoneId.of("America/Bogota")).withDayOfMonth(1);
        String month = day.toString().substring(0, 7);
        long before = countFor("local.suba", "LABORAL", month);
        JsonNode created = read(mvc.perform(post("/api/v1/attentions?jurisdiction=11001")
                .with(httpBasic("local.suba", "minga2026"))
                .contentType("application/json")
                .content("{\"setting\":\"laboral\",\"mode\":\"COLECTIVA\",\"attendedOn\":\"" + day
                        + "\",\"territoryCode\":\"UPZ27\",\"actorName\":\"Cámara de Comercio\",\"participantCount\":23}"))
                .andExpect(status().isCreated()));
        assertThat(created.get("setting").asText()).isEqualTo("LABORAL");
        assertThat(countFor("local.suba", "LABORAL", month)).isEqualTo(before + 23);
        // Kennedy's read-only user does not see Suba's attentions
        assertThat(countFor("consulta.kennedy", "LABORAL", month)).isZero();

        JsonNode bad = read(mvc.perform(post("/api/v1/attentions?jurisdiction=11001")
                .with(httpBasic("local.suba", "minga2026"))
                .contentType("application/json").content(
                        "{\"setting\":\"playa\",\"mode\":\"INDIVIDUAL\",\"attendedOn\":\"2099-01-01\",\"territoryCode\":\"08\"}"))
                .andExpect(status().isBadRequest()));
        String errors = bad.get("errors").toString();
        assertThat(errors).contains("El entorno debe ser hogar, educativo, laboral, institucional o comunitario")
                .contains("fuera de su alcance territorial").contains("no puede ser futura")
                .contains("Una atención individual se registra a una persona");
    }

    @Test
    void importReportsUnknownPersonsAndDuplicatesBeforeLoading() throws Exception {
        String doc = jdbc
                .sql("""
                        select p.document_number from person p join household h on h.id = p.household_id
                        where h.code like 'H-SUBA-%' and p.document_type = 'CC' and not p.processing_stopped and p.merged_into is null
                        order by p.id desc limit 1""")
                .query(String.class).single();
        String header = "entorno,modalidad,fecha,codigo_territorio,codigo_equipo,participantes,tipo_documento,numero_documento\n";
        String csv = header + "hogar,individual,2025-02-03,,EBE-SUBA-1,,CC," + doc + "\n"
                + "hogar,individual,2025-02-03,,EBE-SUBA-1,,CC," + doc + "\n"
                + "hogar,individual,2025-02-03,,EBE-SUBA-1,,CC,999999991\n";
        JsonNode job = importFile(csv);
        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        assertThat(job.get("errors").toString()).contains("Atención duplicada en el archivo")
                .contains("No hay una persona registrada con CC 999999991");
        long before = jdbc.sql("select count(*) from attention where attended_on = '2025-02-04'").query(Long.class)
                .single();
        JsonNode ok = importFile(header + "hogar,individual,2025-02-04,,EBE-SUBA-1,,CC," + doc + "\n"
                + "comunitario,colectiva,04/02/2025,UPZ27,EBE-SUBA-1,40,,\n");
        assertThat(ok.get("status").asText()).as(ok.toString()).isEqualTo("DONE");
        assertThat(
                jdbc.sql("select count(*) from attention where attended_on = '2025-02-04'").query(Long.class).single())
                        .isEqualTo(before + 2);
    }

    @Test
    void theAttentionsPageShowsSettingsAndModesInWordsNotCodes() throws Exception {
        String day = LocalDate.now(java.time.ZoneId.of("America/Bogota")).toString();
        mvc.perform(post("/api/v1/attentions?jurisdiction=11001").with(httpBasic("local.suba", "minga2026"))
                .contentType("application/json")
                .content("{\"setting\":\"EDUCATIVO\",\"mode\":\"COLECTIVA\",\"attendedOn\":\"" + day
                        + "\",\"territoryCode\":\"UPZ27\",\"actorName\":\"Colegio\",\"participantCount\":12}"))
                .andExpect(status().isCreated());
        String page = mvc.perform(get("/attentions").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<td>Educativo</td>").contains("<td>Colectiva</td>")
                .doesNotContain("<td>EDUCATIVO</td>").doesNotContain("<td>COLECTIVA</td>");
    }

    JsonNode importFile(String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "atenciones.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        long id = read(mvc.perform(
                multipart("/api/v1/imports").file(file).param("type", "attentions").param("jurisdiction", "11001")
                        .with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isAccepted())).get("id").asLong();
        for (int i = 0; i < 400; i++) {
            JsonNode job = read(mvc.perform(get("/api/v1/imports/" + id).with(httpBasic("local.suba", "minga2026"))));
            if (job.get("finished").asBoolean()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import did not finish");
    }
}
