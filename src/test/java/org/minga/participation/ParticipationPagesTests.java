package org.minga.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The participation pages as a responsable de punto uses them: a dialogue from convocation to devolución, and a survey. */
@MingaTest
class ParticipationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static final RequestPostProcessor SUBA = httpBasic("local.suba", "minga2026");

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(SUBA)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String postForm(MockHttpServletRequestBuilder b) throws Exception {
        return mvc.perform(b.with(SUBA).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
    }

    @Test
    void aDialogueGoesFromConvocationToDevolutionInThePages() throws Exception {
        String title = "Diálogo en página " + UUID.randomUUID();
        String location = postForm(post("/participation/spaces").param("kind", "DIALOGUE").param("title", title)
                .param("process", "Diálogos RedCADE").param("territoryCode", "11")
                .param("servicePoint", "SuperCADE Suba")
                .param("heldOn", "2025-02-11").param("startTime", "09:00").param("durationMinutes", "180")
                .param("round", "1")
                .param("participationLevel", "CONSULTIVO").param("organiserName", "Responsable de punto"));
        assertThat(location).matches("/participation/spaces/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        postForm(post(location + "/invitations").param("kind", "OTHER").param("name", "Lideresa Ana Gómez")
                .param("email", "ana@example.org").param("phone", "310 555 0101"));
        long invitation = jdbc.sql("select id from space_invitation where space_id = :s").param("s", id)
                .query(Long.class).single();
        java.util.Map<String, Object> actor = jdbc
                .sql("""
                        select a.id, a.name from actor a join jurisdiction j on j.id = a.jurisdiction_id where j.code = '11001' order by a.id limit 1""")
                .query().singleRow();
        postForm(post(location + "/invitations").param("kind", "ACTOR").param("actorId", actor.get("id").toString()));
        postForm(post(location + "/invitations/" + invitation + "/calls").param("outcome", "CONFIRMED").param("notes",
                "Confirma por teléfono"));
        assertThat(jdbc.sql("select status from space_invitation where id = :i").param("i", invitation)
                .query(String.class).single())
                        .isEqualTo("CONFIRMED");
        int version = jdbc.sql("select version from space_invitation where id = :i").param("i", invitation)
                .query(Integer.class).single();
        postForm(post(location + "/invitations/" + invitation + "/status").param("status", "CONFIRMED")
                .param("attended", "true")
                .param("version", String.valueOf(version)));
        // the same stale version again is refused and said so
        mvc.perform(post(location + "/invitations/" + invitation + "/status").with(SUBA).with(csrf())
                .param("status", "DECLINED")
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("errors").toString())
                        .contains("cambió mientras la editaba"));
        postForm(post(location + "/send"));
        int spaceVersion = jdbc.sql("select version from participation_space where id = :s").param("s", id)
                .query(Integer.class).single();
        postForm(post(location).param("version", String.valueOf(spaceVersion)).param("kind", "DIALOGUE")
                .param("title", title)
                .param("process", "Diálogos RedCADE").param("servicePoint", "SuperCADE Suba")
                .param("heldOn", "2025-02-11")
                .param("startTime", "09:00").param("durationMinutes", "180").param("round", "1")
                .param("participationLevel", "CONSULTIVO")
                .param("organiserName", "Responsable de punto").param("countedAttendance", "24"));
        postForm(post(location + "/empathy-maps").param("groupName", "Personas mayores")
                .param("thinksFeels", "Que el turno se acaba")
                .param("pains", "Madrugar").param("gains", "Atención amable"));
        postForm(post(location + "/service-map").param("stage", "TURN").param("painPoints", "Turnos agotados")
                .param("satisfaction", "2"));
        postForm(post(location + "/contributions").param("kind", "SUGGESTION").param("text", "Cita por aplicación")
                .param("stage", "TURN").param("theme", "Turnos"));
        long contribution = jdbc.sql("select id from contribution where space_id = :s").param("s", id).query(Long.class)
                .single();
        postForm(post("/participation/contributions/" + contribution + "/action").param("spaceId", String.valueOf(id))
                .param("title", "Cita por aplicación en SuperCADE Suba").param("owner", "Dirección de Servicio")
                .param("dueOn", "2025-08-01"));
        postForm(post(location + "/contributions").param("kind", "IDEA").param("text", "Café en la sala de espera"));
        long idea = jdbc.sql("select id from contribution where space_id = :s and kind = 'IDEA'").param("s", id)
                .query(Long.class).single();
        postForm(post("/participation/contributions/" + idea + "/answer").param("spaceId", String.valueOf(id))
                .param("answer", "No es viable por normas sanitarias del punto").param("version", "0"));
        postForm(post(location + "/devolution").param("text", "Gracias por venir"));

        String html = page(location);
        assertThat(html).contains((String) actor.get("name"));
        assertThat(html).contains(title).contains("Lideresa Ana Gómez").contains("El correo no está configurado")
                .contains("Personas mayores").contains("Turnos agotados").contains("Asignación de turno o cita")
                .contains("Cita por aplicación en SuperCADE Suba").contains("Devolución publicada")
                .contains("No es viable por normas sanitarias del punto");
        // attendance: 24 counted + 1 named
        assertThat(html).contains("<strong>25</strong>");
        assertThat(page("/participation/actions")).contains("Cita por aplicación en SuperCADE Suba");
        assertThat(page("/participation?by=territory&level=localidad")).contains("Suba");
    }

    @Test
    void aSurveyIsDesignedOpenedAndAnsweredByItsPublicLink() throws Exception {
        String location = postForm(
                post("/participation/surveys").param("title", "Encuesta de página").param("process", "Prueba")
                        .param("territoryCode", "11"));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int version = jdbc.sql("select version from survey where id = :s").param("s", id).query(Integer.class).single();
        postForm(post(location + "/questions").param("type", "MULTIPLE").param("text", "¿Qué servicios usa?")
                .param("options", "Registro civil\nImpuestos\n").param("allowOther", "true").param("required", "true")
                .param("version", String.valueOf(version)));
        postForm(post(location + "/status").param("status", "OPEN"));
        String html = page(location);
        assertThat(html).contains("¿Qué servicios usa?").contains("Registro civil · Impuestos · Otro").contains("/s/");
        String token = jdbc.sql("select public_token from survey where id = :s").param("s", id).query(String.class)
                .single();
        String form = mvc.perform(get("/s/" + token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("name=\"q.p1\"").contains("name=\"q.p1._otro\"");
        // a missing required answer comes back with the question named
        String refused = mvc.perform(post("/s/" + token).with(csrf()).param("uuid", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("La pregunta «¿Qué servicios usa?» es obligatoria.");
        mvc.perform(post("/s/" + token).with(csrf()).param("uuid", UUID.randomUUID().toString())
                .param("q.p1", "Impuestos", "Otro")
                .param("q.p1._otro", "Licencias")).andExpect(status().isOk());
        assertThat(jdbc.sql(
                "select count(*) from survey_answer a join survey_response r on r.id = a.response_id where r.survey_id = :s")
                .param("s", id).query(Long.class).single()).isEqualTo(3);
        assertThat(page(location)).contains("Licencias");
        // a contribution from the survey, turned into an action from the survey page
        postForm(post(location + "/contributions").param("kind", "NEED").param("text", "Ampliar horario de impuestos"));
        long c = jdbc.sql("select id from contribution where survey_id = :s").param("s", id).query(Long.class).single();
        postForm(post("/participation/contributions/" + c + "/action").param("surveyId", String.valueOf(id))
                .param("title", "Horario extendido los sábados").param("owner", "Secretaría de Hacienda")
                .param("dueOn", "2025-10-01"));
        assertThat(page(location)).contains("Ampliar horario de impuestos").contains("Horario extendido los sábados");
    }

}
