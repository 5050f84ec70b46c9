package org.minga.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * The privacy officer's page of a person's access log (issue 15): found from a data-subject request or by document
 * within the officer's jurisdiction; who read the record, when (on the jurisdiction's clock), from where, which
 * record and through which page or endpoint; paged and exportable; reading it is on the log too. Nobody else opens it.
 */
@MingaTest
class AccessLogPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    record Person(long id, String document) {
    }

    /** A person of Suba (Bogotá) with a document, not yet on a data-subject request. */
    Person subaPerson(int skip) {
        return jdbc.sql("""
                select p.id, p.document_number from person p join territory t on t.id = p.territory_id
                join territory s on t.path like s.path || '%' join jurisdiction j on j.id = s.jurisdiction_id
                where j.code = '11001' and s.code = '11' and p.anonymised_at is null and p.merged_into is null
                  and p.document_number is not null and length(p.document_number) >= 6
                order by p.id desc offset :skip limit 1""").param("skip", skip)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2))).single();
    }

    String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long logRows(String username, String endpoint, long personId) {
        return jdbc.sql("""
                select count(*) from personal_data_access where username = :u and endpoint = :e
                  and subject_type = 'PERSON' and subject_ids @> array[cast(:p as bigint)]""")
                .param("u", username).param("e", endpoint).param("p", personId).query(Long.class).single();
    }

    @Test
    void theOfficerFindsAPersonByDocumentAndSeesWhoReadTheRecordWhenFromWhereAndThroughWhat() throws Exception {
        Person p = subaPerson(0);
        // the Suba field team opens the person's record
        page("/persons/" + p.id(), "campo.suba");
        OffsetDateTime read = jdbc.sql("""
                select max(at) from personal_data_access where username = 'campo.suba'
                  and subject_ids @> array[cast(:p as bigint)]""").param("p", p.id())
                .query(OffsetDateTime.class).single();

        String search = page("/privacy/access-log?document=" + p.document(), "privacidad.bogota");
        assertThat(search).contains("/privacy/access-log/" + p.id());
        assertThat(logRows("privacidad.bogota", "GET /privacy/access-log", p.id())).as("the search is logged").isOne();

        String log = page("/privacy/access-log/" + p.id(), "privacidad.bogota");
        String bogotaTime = read.atZoneSameInstant(ZoneId.of("America/Bogota"))
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        assertThat(log).contains("campo.suba", "GET /persons/{id}", "127.0.0.1", bogotaTime, "hora de Bogotá");
        assertThat(logRows("privacidad.bogota", "GET /privacy/access-log/{personId}", p.id()))
                .as("reading the log is itself a read of the person, on the log").isOne();
        // the next reading shows the previous one
        assertThat(page("/privacy/access-log/" + p.id(), "privacidad.bogota")).contains("privacidad.bogota")
                .contains("GET /privacy/access-log/{personId}", "Abrió su registro");
    }

    @Test
    void theLogPagesAndExportsEveryRowWithTheZoneNamedAndTheExportIsLogged() throws Exception {
        Person p = subaPerson(1);
        for (int i = 0; i < 55; i++) {
            page("/api/v1/persons/" + p.id(), "local.suba");
        }
        // the person may also be in lists other tests read: the pages count every row
        long total = jdbc.sql("""
                select count(*) from personal_data_access
                where subject_type = 'PERSON' and subject_ids @> array[cast(:p as bigint)]""")
                .param("p", p.id()).query(Long.class).single();
        assertThat(total).isGreaterThanOrEqualTo(55);
        long pages = (total + 49) / 50;
        String first = page("/privacy/access-log/" + p.id(), "privacidad.bogota");
        assertThat(first).contains("Página 1 de " + pages).contains("/privacy/access-log/" + p.id() + "?page=1")
                .contains(total + " lectura(s)");
        // newest first: the first page holds 50 of the 55 reads just made
        assertThat(first.split("GET /api/v1/persons/\\{id}", -1)).hasSize(51);
        String second = page("/privacy/access-log/" + p.id() + "?page=1", "privacidad.bogota");
        assertThat(second).contains("Página 2 de " + (total + 1 + 49) / 50).contains("GET /api/v1/persons/{id}");

        byte[] csv = mvc
                .perform(get("/privacy/access-log/" + p.id() + "/export?format=csv").with(as("privacidad.bogota")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("fecha (hora de Bogotá)", "usuario", "página o servicio", "local.suba",
                "GET /api/v1/persons/{id}");
        assertThat(text.lines().filter(l -> l.contains("local.suba") && l.contains("GET /api/v1/persons/{id}")).count())
                .isEqualTo(55);
        assertThat(jdbc.sql("""
                select count(*) from personal_data_access where username = 'privacidad.bogota' and action = 'EXPORT'
                  and endpoint = 'GET /privacy/access-log/{personId}/export'
                  and subject_ids @> array[cast(:p as bigint)]""").param("p", p.id()).query(Long.class).single())
                .as("the export is on the log").isOne();
        mvc.perform(get("/privacy/access-log/" + p.id() + "/export?format=pdf").with(as("privacidad.bogota")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theOfficerComesFromTheDataSubjectRequestAndTheMenu() throws Exception {
        Person p = subaPerson(2);
        String body = mvc.perform(post("/api/v1/data-requests").with(as("campo.suba")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":" + p.id()
                        + ",\"kind\":\"CONSULTA\",\"requestedBy\":\"El titular\",\"details\":\"Quién vio mis datos\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long request = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        assertThat(page("/privacy/requests/" + request, "privacidad.bogota")).contains("/privacy/access-log/" + p.id());
        assertThat(page("/", "privacidad.bogota")).contains("href=\"/privacy/access-log\"");
        for (String username : List.of("local.suba", "salud.bogota", "evaluador", "admin")) {
            assertThat(page("/", username)).as(username).doesNotContain("href=\"/privacy/access-log\"");
        }
    }

    @Test
    void anOfficialEntityStaffTheEvaluatorAndTheAdministratorGet403AndAnotherJurisdictionsOfficerFindsNothing()
            throws Exception {
        Person p = subaPerson(3);
        for (String username : List.of("local.suba", "distrito", "campo.suba", "salud.bogota", "evaluador",
                "consulta.kennedy", "admin")) {
            mvc.perform(get("/privacy/access-log").with(as(username)).param("document", p.document()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/privacy/access-log/" + p.id()).with(as(username))).andExpect(status().isForbidden());
            mvc.perform(get("/privacy/access-log/" + p.id() + "/export").with(as(username)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/privacy/access-log/" + p.id()).with(as("privacidad.cucuta")))
                .andExpect(status().isNotFound());
        assertThat(page("/privacy/access-log?document=" + p.document(), "privacidad.cucuta"))
                .doesNotContain("/privacy/access-log/" + p.id()).contains("No hay personas con ese número");
    }
}
