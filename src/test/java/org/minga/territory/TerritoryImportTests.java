package org.minga.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Jurisdictions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Territories imported from CSV through the import API, as a user does it. */
@MingaTest
class TerritoryImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Territories territories;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    TerritoryGeometries geometries;
    @Autowired
    TerritoryLocator locator;

    long bogota() {
        return jurisdictions.byCode("11001").orElseThrow().id();
    }

    JsonNode importFile(String user, String filename, byte[] content) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", filename, "text/csv", content);
        String body = mvc.perform(multipart("/api/v1/imports").file(file).param("type", "territories")
                .param("jurisdiction", "11001").with(httpBasic(user, "minga2026")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        for (int i = 0; i < 200; i++) {
            JsonNode job = json.readTree(mvc.perform(get("/api/v1/imports/" + id).with(httpBasic(user, "minga2026")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            if (job.get("finished").asBoolean()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    static List<String> errors(JsonNode job) {
        List<String> out = new ArrayList<>();
        job.get("errors")
                .forEach(e -> out.add(e.get("row").asInt() + "|" + (e.get("column") == null || e.get("column").isNull()
                        ? "" : e.get("column").asText()) + "|" + e.get("message").asText()));
        return out;
    }

    @Test
    void semicolonWindows1252FileWithAccentsImports() throws Exception {
        String csv = "Código;Nombre;Nivel;Código padre;Tipo área;Población\r\n"
                + "B-SUBA-90;Niza Antigua;barrio;UPZ24;Urbana;1.234\r\n"
                + "B-SUBA-91;Ñuñoa del Río;barrio;UPZ24;urbana;\"12.345\"\r\n";
        JsonNode job = importFile("local.suba", "barrios-suba.csv", csv.getBytes(Charset.forName("windows-1252")));
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        TerritoryView nunoa = territories.byCode(bogota(), "B-SUBA-91").orElseThrow();
        assertThat(nunoa.name()).isEqualTo("Ñuñoa del Río");
        assertThat(nunoa.population()).isEqualTo(12345);
        assertThat(nunoa.levelCode()).isEqualTo("barrio");
        assertThat(territories.byId(nunoa.parentId()).orElseThrow().code()).isEqualTo("UPZ24");
        assertThat(territories.byCode(bogota(), "B-SUBA-90").orElseThrow().population()).isEqualTo(1234);
    }

    @Test
    void wrongHeaderGivesOneErrorPerProblemAndStoresNothing() throws Exception {
        String csv = "codigo,nombre_territorio,nivel,codigo_padre,poblacion\nB-X-1,Uno,barrio,UPZ24,10\n";
        JsonNode job = importFile("distrito", "malo.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        assertThat(errors(job)).hasSize(3).anySatisfy(e -> assertThat(e).contains("nombre_territorio"))
                .anySatisfy(e -> assertThat(e).contains("nombre")).anySatisfy(e -> assertThat(e).contains("tipo_area"));
        assertThat(territories.byCode(bogota(), "B-X-1")).isEmpty();
    }

    @Test
    void badRowsGiveOneClearErrorEachAndNothingIsStored() throws Exception {
        String csv = """
                codigo,nombre,nivel,codigo_padre,tipo_area,poblacion,geometria
                B-Y-1,Barrio bueno,barrio,UPZ24,urbana,100,"POLYGON((-74.08 4.70, -74.07 4.70, -74.07 4.71, -74.08 4.70))"
                B-Y-2,Padre inexistente,barrio,UPZ-NO-EXISTE,urbana,100,
                B-Y-1,Código repetido,barrio,UPZ24,urbana,100,
                B-Y-3,Número malo,barrio,UPZ24,urbana,cien,
                B-Y-4,Polígono roto,barrio,UPZ24,urbana,100,"POLYGON((-74.08 4.70, -74.07 4.71, -74.07 4.70, -74.08 4.71, -74.08 4.70))"
                """;
        JsonNode job = importFile("distrito", "errores.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        assertThat(errors(job)).containsExactly(
                "3|codigo_padre|El código padre 'UPZ-NO-EXISTE' no existe en la jurisdicción ni en el archivo.",
                "4|codigo|El código B-Y-1 está repetido (ya aparece en la fila 2).",
                "5|poblacion|La población 'cien' no es un número.",
                "6|geometria|" + geometries.parse(
                        "POLYGON((-74.08 4.70, -74.07 4.71, -74.07 4.70, -74.08 4.71, -74.08 4.70))").error());
        assertThat(errors(job).get(3)).contains("se cruza a sí mismo");
        assertThat(territories.byCode(bogota(), "B-Y-1")).isEmpty();
        assertThat(territories.byCode(bogota(), "B-Y-3")).isEmpty();
    }

    @Test
    void aShapeInTheGeometryColumnIsStoredAndLocatable() throws Exception {
        String csv = "codigo;nombre;nivel;codigo_padre;tipo_area;geometria\n"
                + "B-SUBA-95;Barrio con forma;barrio;UPZ24;urbana;"
                + "\"POLYGON((-74.0800 4.7000, -74.0790 4.7000, -74.0790 4.7010, -74.0800 4.7010, -74.0800 4.7000))\"\n";
        JsonNode job = importFile("local.suba", "con-forma.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("DONE");
        TerritoryView barrio = territories.byCode(bogota(), "B-SUBA-95").orElseThrow();
        assertThat(geometries.summaryOf(barrio.id())).isPresent();
        mvc.perform(get("/api/v1/territories/locate?lat=4.7005&lon=-74.0795&jurisdiction=11001")
                .with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("B-SUBA-95"));
    }

    @Test
    void aLocalUserCannotImportOutsideTheirTerritory() throws Exception {
        String csv = "codigo,nombre,nivel,codigo_padre,tipo_area\nB-KEN-90,Intruso,barrio,UPZ82,urbana\n";
        JsonNode job = importFile("local.suba", "fuera.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        assertThat(errors(job)).containsExactly("2|codigo_padre|El territorio padre UPZ82 está fuera de su alcance.");
        assertThat(territories.byCode(bogota(), "B-KEN-90")).isEmpty();
    }
}
