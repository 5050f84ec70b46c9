package org.minga.practice.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every page of the module renders for the people who use it, and the form saves as the author types. */
@MingaTest
class PracticePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long id(String titleStart) {
        return jdbc.sql(
                "select id from practice where title like :t and created_by in ('sistema', 'demo') order by id limit 1")
                .param("t", titleStart + "%").query(Long.class).single();
    }

    @Test
    void theListDetailVersionsFormatsLessonsAndEvaluatorsRender() throws Exception {
        long redcade = id("Diálogos Ciudadanos");
        mvc.perform(get("/practices").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Barrios con Bienestar")));
        mvc.perform(get("/practices/" + redcade).with(as("distrito"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Publicada")))
                .andExpect(content().string(containsString("Potencial de aprendizaje")))
                .andExpect(content().string(containsString("Suba")));
        mvc.perform(get("/practices/" + redcade + "/versions").with(as("distrito"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Publicada en el banco")));
        mvc.perform(get("/practices/formats").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("4202000-FT-1311")));
        long fp = jdbc.sql("select id from practice_format where code = 'funcion-publica-anexo-1' and version = 1")
                .query(Long.class).single();
        mvc.perform(get("/practices/formats/" + fp).with(as("local.suba"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("CREACIÓN DE ALIANZAS")));
        mvc.perform(get("/practices/lessons").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Convocar con el responsable del punto")));
        mvc.perform(get("/practices/evaluators").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Veeduría Distrital")));
        mvc.perform(get("/practices/new").with(as("local.suba"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Postulación de iniciativa de innovación")));
    }

    @Test
    void aUserOfAnotherJurisdictionDoesNotSeeTheDraft() throws Exception {
        long pladeco = id("Actualización participativa del PLADECO");
        mvc.perform(get("/practices/" + pladeco).with(as("cucuta"))).andExpect(status().isNotFound());
        mvc.perform(get("/practices/" + pladeco + "/pdf").with(as("cucuta"))).andExpect(status().isNotFound());
    }

    @Test
    void theEvaluatorDeclaresAndScoresFromTheirPages() throws Exception {
        long barrios = id("Barrios con Bienestar");
        mvc.perform(get("/practices/" + barrios).with(as("evaluador"))).andExpect(status().isOk());
        Long assignment = jdbc.sql("""
                select a.id from practice_assignment a join practice_evaluator e on e.id = a.evaluator_id
                where a.practice_id = :p and e.username = 'evaluador'""")
                .param("p", barrios).query(Long.class).single();
        mvc.perform(get("/practices/evaluations/" + assignment).with(as("evaluador"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("conflicto de interés")))
                .andExpect(content().string(containsString("Barrios con Bienestar es una estrategia integral")));
        // another user cannot open it
        mvc.perform(get("/practices/evaluations/" + assignment).with(as("distrito"))).andExpect(status().isForbidden());
        mvc.perform(post("/practices/evaluations/" + assignment + "/declare").with(as("evaluador")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indique si tiene o no conflicto de interés")));
    }

    @Test
    void theEditFormRendersEveryQuestionAndAutosaves() throws Exception {
        long pladeco = id("Actualización participativa del PLADECO");
        String page = mvc.perform(get("/practices/" + pladeco + "/edit").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("¿Por qué considera que la iniciativa es innovadora?")))
                .andExpect(content().string(containsString("Valor Después")))
                .andExpect(content().string(containsString("Participación Ciudadana talleres")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page).contains("data-autosave");
        // a copy to edit, so the demo draft stays as the seed
        String exported = mvc.perform(get("/api/v1/practices/" + pladeco).with(as("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        MockMultipartFile file = new MockMultipartFile("file", "pladeco.json", "application/json",
                exported.getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/practices/import").file(file).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int version = jdbc.sql("select version from practice where id = :id").param("id", copy).query(Integer.class)
                .single();
        mvc.perform(post("/practices/" + copy).with(as("admin")).with(csrf()).header("X-Autosave", "true")
                .param("version", String.valueOf(version)).param("title", "Copia PLADECO")
                .param("entityName", "Municipalidad de San Antonio").param("year", "2024")
                .param("a.equipo", "Equipo nuevo").param("t.indicadores.0.nombre", "Talleres")
                .param("t.indicadores.0.antes", "263").param("t.indicadores.0.despues", "1.200"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(post("/practices/" + copy).with(as("admin")).with(csrf()).header("X-Autosave", "true")
                .param("version", String.valueOf(version)).param("title", "Otra"))
                .andExpect(status().isConflict());
        // one bad field: the rest is saved as a draft, the bad one keeps its last value and is named
        mvc.perform(post("/practices/" + copy).with(as("admin")).with(csrf()).header("X-Autosave", "true")
                .param("version", String.valueOf(version + 1)).param("title", "Copia PLADECO")
                .param("entityName", "Municipalidad de San Antonio").param("year", "2024")
                .param("a.equipo", "Equipo renovado")
                .param("t.indicadores.0.nombre", "Talleres").param("t.indicadores.0.antes", "muchos"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version + 2))
                .andExpect(jsonPath("$.errors[0].field").value("answers.indicadores"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("«Valor Antes» debe ser un número")));
        mvc.perform(post("/practices/" + copy).with(as("admin")).with(csrf()).header("X-Autosave", "true")
                .param("version", String.valueOf(version + 2)).param("title", "").param("entityName", "Otra entidad")
                .param("year", "2024").param("a.equipo", "Equipo renovado"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("El nombre corto de la práctica es obligatorio."));
        mvc.perform(get("/practices/" + copy).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Equipo renovado")))
                .andExpect(content().string(containsString("Copia PLADECO")))
                .andExpect(content().string(containsString("Otra entidad")))
                .andExpect(content().string(not(containsString("muchos"))))
                .andExpect(content().string(not(containsString("Camila Yaira"))));
        // an annex
        MockMultipartFile annex = new MockMultipartFile("file", "acta.pdf", "application/pdf",
                new byte[]{37, 80, 68, 70});
        mvc.perform(multipart("/practices/" + copy + "/attachments").file(annex).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long annexId = jdbc.sql("select id from practice_attachment where practice_id = :p").param("p", copy)
                .query(Long.class).single();
        mvc.perform(get("/practices/" + copy + "/attachments/" + annexId).with(as("admin"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("acta.pdf")));
        MockMultipartFile exe = new MockMultipartFile("file", "virus.exe", "application/x-msdownload", new byte[]{1});
        mvc.perform(multipart("/practices/" + copy + "/attachments").file(exe).with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("no se admite")));
    }

    @Test
    void theBankShowsFacetsAndRelatedPracticesWithoutLogin() throws Exception {
        mvc.perform(get("/bank")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Secretaría General de la Alcaldía Mayor de Bogotá")))
                .andExpect(content().string(containsString("Servicio a la ciudadanía")))
                .andExpect(content().string(not(containsString("Barrios con Bienestar es una estrategia"))));
        mvc.perform(get("/bank").param("q", "DIÁLOGOS")).andExpect(status().isOk())
                .andExpect(content().string(containsString("RedCADE")));
        mvc.perform(get("/bank").param("q", "diálogos").param("entity", "Otra entidad")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No encontramos prácticas publicadas")));
        mvc.perform(get("/practices")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theLessonFormNamesTheMissingFields() throws Exception {
        mvc.perform(post("/practices/lessons").with(as("local.suba")).with(csrf()).param("title", "Una lección"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cuente qué pasó.")))
                .andExpect(content().string(containsString("Escriba la recomendación para otras entidades.")));
    }
}
