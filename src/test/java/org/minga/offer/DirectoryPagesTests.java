package org.minga.offer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The public directory: no login, accent-free search, one jurisdiction at a time, printable pages. */
@MingaTest
class DirectoryPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    long id(String code, String jurisdiction) {
        return jdbc.sql(
                "select s.id from offer_service s join jurisdiction j on j.id = s.jurisdiction_id where s.code = :c and j.code = :j")
                .param("c", code).param("j", jurisdiction).query(Long.class).single();
    }

    @Test
    void searchingWithoutAccentsFindsAccentedServicesWithoutLogin() throws Exception {
        mvc.perform(get("/directory/54001").param("q", "vacunacion")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vacunación de caninos y felinos")))
                .andExpect(content().string(not(containsString("Colombia Mayor"))));
        mvc.perform(get("/directory/54001").param("q", "ORIENTACIÓN legal")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Orientación Legal y Protección de Derechos")));
        long laguna = jdbc.sql("select id from territory where code = 'B-C09-01'").query(Long.class).single();
        mvc.perform(get("/directory/54001").param("q", "vacunacion felinos").param("territory", String.valueOf(laguna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vacunación de caninos y felinos")));
        mvc.perform(get("/directory/54001").param("need", "PETS")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vacunación de caninos y felinos")));
        mvc.perform(get("/directory")).andExpect(status().isOk())
                .andExpect(content().string(containsString("San José de Cúcuta")));
    }

    @Test
    void aServiceOfAnotherJurisdictionNeverShowsInAJurisdictionsDirectory() throws Exception {
        // a Bogotá service whose name would match a Cúcuta search
        String code = "VAC-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = Map.of("jurisdiction", "11001", "code", code, "provider", "SDS",
                "name", "Vacunación de caninos y felinos en Bogotá " + code, "description", "Jornada distrital.",
                "sector", "salud");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/services").with(httpBasic("distrito", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isCreated());
        mvc.perform(get("/directory/54001").param("q", "vacunacion")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/directory/11001").param("q", "vacunacion")).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(not(containsString("Vacunación de caninos y felinos</a>"))));
        // nor by its id under the other jurisdiction
        mvc.perform(get("/directory/54001/services/" + id(code, "11001"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/services?q=vacunacion&size=100").with(httpBasic("cucuta", "minga2026")))
                .andExpect(content().string(not(containsString(code))));
    }

    @Test
    void aServicePageSaysWhoMayReceiveItAndHowInPlainLanguage() throws Exception {
        mvc.perform(get("/directory/54001/services/" + id("COLOMBIA-MAYOR", "54001"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("60 años o más")))
                .andExpect(content().string(containsString("SISBEN IV, grupos A1 a A5, B1 a B7, C1")))
                .andExpect(content().string(containsString("Cédula de ciudadanía")))
                .andExpect(content().string(containsString("data-print")));
    }

    @Test
    void aTerritoryPageListsWhatIsOfferedThere() throws Exception {
        long laguna = jdbc.sql("select id from territory where code = 'B-C09-01'").query(Long.class).single();
        long c01 = jdbc.sql("select id from territory where code = 'C01'").query(Long.class).single();
        mvc.perform(get("/directory/54001/territories/" + laguna)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Recreación y Cultura")))
                .andExpect(content().string(containsString("Colombia Mayor")));
        // Recreación y Cultura is offered only in Comuna 9
        mvc.perform(get("/directory/54001/territories/" + c01)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Recreación y Cultura"))));
        mvc.perform(get("/directory/11001/territories/" + laguna)).andExpect(status().isNotFound());
    }

    @Test
    void anyoneMayCheckWhichServicesTheyCanGet() throws Exception {
        mvc.perform(get("/directory/54001/eligibility").param("age", "65").param("sisben", "A3").param("territory",
                "B-C09-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Colombia Mayor")))
                .andExpect(content().string(containsString("requiere tener entre 14 y 28 años")));
        mvc.perform(get("/directory/54001/eligibility").param("age", "65").param("sisben", "Z1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El grupo SISBEN IV &#39;Z1&#39; no existe")));
    }

    @Test
    void formsKeepWhatWasTypedAndShowEachErrorByItsField() throws Exception {
        long before = jdbc.sql("select count(*) from offer_service").query(Long.class).single();
        mvc.perform(MockMvcRequestBuilders.post("/offer/services").with(httpBasic("cucuta", "minga2026"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("jurisdiction", "54001").param("code", "FORM-1").param("provider", "SBS-CUC")
                .param("name", "Servicio del formulario").param("description", "Prueba").param("sector", "HEALTH")
                .param("minAge", "30").param("maxAge", "18").param("sisbenGroups", "A1, E4"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("La edad mínima (30) no puede ser mayor que la edad máxima (18).")))
                .andExpect(content().string(containsString("El grupo SISBEN IV &#39;E4&#39; no existe")))
                .andExpect(content().string(containsString("Servicio del formulario")));
        org.assertj.core.api.Assertions
                .assertThat(jdbc.sql("select count(*) from offer_service").query(Long.class).single())
                .isEqualTo(before);
        mvc.perform(MockMvcRequestBuilders.post("/actors").with(httpBasic("cucuta", "minga2026"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("jurisdiction", "54001").param("code", "FORM-A").param("name", "Actor del formulario"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El tipo de actor es obligatorio.")))
                .andExpect(content().string(containsString("Indique al menos un sector")));
    }

    @Test
    void managementPagesRender() throws Exception {
        for (String url : List.of("/offer", "/offer/services/new", "/offer/services/" + id("RENTA-JOVEN", "54001"),
                "/offer/services/" + id("RENTA-JOVEN", "54001") + "/edit", "/actors", "/actors/new", "/actors/map",
                "/actors/alliances", "/actors/alliances/new", "/actors/assets", "/actors/assets/new")) {
            mvc.perform(get(url).with(httpBasic("cucuta", "minga2026"))).andExpect(status().isOk());
        }
        long sbs = jdbc.sql("select id from actor where code = 'SBS-CUC'").query(Long.class).single();
        mvc.perform(get("/actors/" + sbs).with(httpBasic("cucuta", "minga2026"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Barrios con Bienestar")))
                .andExpect(content().string(containsString("Ley 1581 de 2012")));
        long laguna = jdbc.sql("select id from territory where code = 'B-C09-01'").query(Long.class).single();
        mvc.perform(get("/actors/map?territory=" + laguna).with(httpBasic("cucuta", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Embellecimiento del lugar y perifoneo")))
                .andExpect(content().string(containsString("Salón comunal La Laguna")));
        mvc.perform(get("/offer").with(httpBasic("cucuta", "minga2026")))
                .andExpect(content().string(containsString("Oferta institucional")))
                .andExpect(content().string(containsString("Actores y alianzas")));
        mvc.perform(get("/offer/services/new").with(httpBasic("consulta.kennedy", "minga2026")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/services/export?format=xlsx").with(httpBasic("cucuta", "minga2026")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/actors/export?format=csv").with(httpBasic("cucuta", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Veolia Aguas de Cúcuta")));
    }
}
