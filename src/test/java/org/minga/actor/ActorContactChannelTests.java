package org.minga.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The e-mail channel of an actor's contact person, accepted explicitly (issue 21, campaigns), and the reads of
 * contact people on the personal-data access log like other personal reads.
 */
@MingaTest
class ActorContactChannelTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aContactAcceptsTheEmailChannelExplicitlyWithTheDayAndWhoRecordedIt() throws Exception {
        long actor = actor();
        Map<String, Object> form = contact("Rosa Canal", "", true);
        form.put("phone", "3001234567");
        var refused = mvc.perform(post("/api/v1/actors/" + actor + "/contacts").with(httpBasic("cucuta", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Para aceptar invitaciones por correo indique el correo.");

        // the page keeps what was typed and says what is wrong
        String page = mvc.perform(post("/actors/" + actor + "/contacts").with(httpBasic("cucuta", "minga2026"))
                .with(csrf()).param("fullName", "Rosa Canal").param("phone", "3001234567")
                .param("authorizedBy", "Rosa Canal").param("authorizedAt", "2026-02-01")
                .param("authorizationPurpose", "Invitaciones a jornadas").param("authorizationChannel", "Formato")
                .param("acceptsEmail", "true")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Para aceptar invitaciones por correo indique el correo.").contains("3001234567");

        created(actor, contact("Rosa Canal", "rosa@fundacion.example", true));
        created(actor, contact("Pedro Sinaviso", "pedro@fundacion.example", false));
        String detail = mvc.perform(get("/actors/" + actor).with(httpBasic("cucuta", "minga2026"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("Acepta invitaciones por correo desde el 01/02/2026 (registró cucuta)")
                .contains("No ha aceptado invitaciones por correo");
    }

    @Test
    void anAcceptanceIsRecordedLaterWithItsDayAndRefusedForADayToCome() throws Exception {
        long actor = actor();
        long contact = created(actor, contact("Tomás Después", "tomas@fundacion.example", false)).get("id").asLong();
        String url = "/api/v1/actors/" + actor + "/contacts/" + contact + "/email-acceptance";
        String refused = mvc.perform(post(url).with(httpBasic("cucuta", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"acceptedOn\":\"" + java.time.LocalDate.now().plusDays(30) + "\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Indique el día en que aceptó las invitaciones por correo (hoy o antes).");
        String page = mvc.perform(post("/actors/" + actor + "/contacts/" + contact + "/email-acceptance")
                .with(httpBasic("cucuta", "minga2026")).with(csrf()).param("acceptedOn", "mañana")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("La fecha de la aceptación no es válida (aaaa-mm-dd).");

        assertThat(mvc.perform(post("/actors/" + actor + "/contacts/" + contact + "/email-acceptance")
                .with(httpBasic("cucuta", "minga2026")).with(csrf()).param("acceptedOn", "2026-03-10")).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/actors/" + actor).with(httpBasic("cucuta", "minga2026"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Acepta invitaciones por correo desde el 10/03/2026 (registró cucuta)");
    }

    @Test
    void readingContactPeopleGoesOnTheAccessLog() throws Exception {
        long actor = actor();
        long contact = created(actor, contact("Elsa Registro", "elsa@fundacion.example", false)).get("id").asLong();
        long before = jdbc.sql("select coalesce(max(id), 0) from personal_data_access").query(Long.class).single();

        mvc.perform(get("/api/v1/actors/" + actor + "/contacts").with(httpBasic("cucuta", "minga2026")))
                .andExpect(status().isOk());
        mvc.perform(get("/actors/" + actor).with(httpBasic("cucuta", "minga2026"))).andExpect(status().isOk());

        assertThat(jdbc.sql("""
                select endpoint from personal_data_access where id > :b and subject_type = 'ACTOR_CONTACT'
                   and username = 'cucuta' and subject_ids @> array[cast(:c as bigint)] order by id""")
                .param("b", before).param("c", contact).query(String.class).list())
                        .containsExactly("GET /api/v1/actors/{id}/contacts", "GET /actors/{id:\\d+}");
    }

    private long actor() throws Exception {
        return created("/api/v1/actors", ActorApiTests.actor(ActorApiTests.unique("CH"))).get("id").asLong();
    }

    private JsonNode created(long actor, Map<String, Object> contact) throws Exception {
        return created("/api/v1/actors/" + actor + "/contacts", contact);
    }

    private JsonNode created(String url, Object body) throws Exception {
        var r = mvc.perform(post(url).with(httpBasic("cucuta", "minga2026")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> contact(String name, String email, boolean acceptsEmail) {
        Map<String, Object> m = new HashMap<>(Map.of("fullName", name, "authorizedBy", name, "authorizedAt",
                "2026-02-01", "authorizationPurpose", "Coordinar las jornadas", "authorizationChannel",
                "Formato firmado", "acceptsEmail", acceptsEmail));
        if (!email.isEmpty()) {
            m.put("email", email);
        }
        return m;
    }
}
