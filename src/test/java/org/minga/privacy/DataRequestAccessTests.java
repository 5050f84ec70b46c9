package org.minga.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Data-subject requests: field teams and officials register them; only the privacy officer opens, answers and
 * executes them, and a deletion shows what it will erase before it is executed.
 */
@MingaTest
class DataRequestAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** A deletion request registered by the Suba field team for a person of Suba. */
    long deletionRequest() throws Exception {
        long person = jdbc.sql("""
                select p.id from person p join territory t on t.id = p.territory_id
                join territory s on t.path like s.path || '%' join jurisdiction j on j.id = s.jurisdiction_id
                where j.code = '11001' and s.code = '11' and p.anonymised_at is null and p.merged_into is null
                  and not exists (select 1 from data_request r where r.person_id = p.id)
                order by p.id limit 1""").query(Long.class).single();
        String body = mvc.perform(post("/api/v1/data-requests").with(as("campo.suba")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + person
                        + ",\"kind\":\"SUPRESION\",\"requestedBy\":\"El titular\",\"details\":\"Pide suprimir sus datos\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    @Test
    void anEvaluatorAFieldUserAndEntityStaffCannotOpenAnswerOrExecuteARequest() throws Exception {
        long id = deletionRequest();
        for (String username : List.of("evaluador", "campo.suba", "salud.bogota", "local.suba", "admin")) {
            mvc.perform(get("/api/v1/data-requests/" + id).with(as(username))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/data-requests/" + id + "/export").with(as(username)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/privacy/requests/" + id).with(as(username))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/data-requests/" + id + "/answer").with(as(username)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"response\":\"Suprimidos\",\"applyDeletion\":true,\"version\":0}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/privacy/requests/" + id + "/answer").with(as(username)).with(csrf())
                    .param("response", "Suprimidos").param("applyDeletion", "true").param("confirmed", "true")
                    .param("version", "0")).andExpect(status().isForbidden());
        }
        assertThat(
                jdbc.sql("select status from data_request where id = :id").param("id", id).query(String.class).single())
                        .isEqualTo("RADICADA");
        // the field team that registered it follows it in its own list, without opening it
        String list = mvc.perform(get("/privacy/requests").with(as("campo.suba"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("data-request=\"" + id + "\"").doesNotContain("/privacy/requests/" + id + "\"");
        // another jurisdiction's officer does not find it
        mvc.perform(get("/api/v1/data-requests/" + id).with(as("privacidad.cucuta"))).andExpect(status().isNotFound());
    }

    @Test
    void thePrivacyOfficerSeesWhatWillBeErasedConfirmsAndExecutesTheDeletion() throws Exception {
        long id = deletionRequest();
        long person = jdbc.sql("select person_id from data_request where id = :id").param("id", id).query(Long.class)
                .single();
        mvc.perform(get("/privacy/requests/" + id).with(as("privacidad.bogota"))).andExpect(status().isOk());
        String confirmation = mvc.perform(post("/privacy/requests/" + id + "/answer").with(as("privacidad.bogota"))
                .with(csrf()).param("response", "Datos suprimidos").param("applyDeletion", "true")
                .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirmation).contains("Confirmar la supresión").contains("Hogares y personas");
        // nothing is erased until the officer confirms
        assertThat(jdbc.sql("select anonymised_at is null from person where id = :id").param("id", person)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(post("/privacy/requests/" + id + "/answer").with(as("privacidad.bogota")).with(csrf())
                .param("response", "Datos suprimidos").param("applyDeletion", "true").param("confirmed", "true")
                .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select anonymised_at is not null from person where id = :id").param("id", person)
                .query(Boolean.class).single()).isTrue();
        assertThat(
                jdbc.sql("select status from data_request where id = :id").param("id", id).query(String.class).single())
                        .isEqualTo("RESPONDIDA");
    }
}
