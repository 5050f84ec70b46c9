package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The image kept as an authorization's evidence (issue 27: a photo of the signed form or a signature drawn on the
 * phone): shown to those who read the person's record, linked from the person's page, each view on the access log,
 * never cached, and not shown when it no longer matches its SHA-256; refused to roles that see figures only.
 */
@MingaTest
class FieldDayEvidenceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    record Evidence(long authorizationId, long personId) {
    }

    Evidence personWithSignature() throws Exception {
        String device = "test-" + UUID.randomUUID();
        long h = FieldDayTests.prepare(mvc, json, "campo.suba", device).get("households").get(0).get("id").asLong();
        JsonNode created = FieldDayTests.sync(mvc, json, "campo.suba", device, 0,
                FieldDayConflictTests.person(UUID.randomUUID(), h, "Rubiela", FieldDayConflictTests.document(),
                        "{\"mediaType\":\"image/png\",\"data\":\"" + FieldDayConflictTests.PIXEL + "\"}"))
                .get("answers").get(0).get("created");
        return new Evidence(created.get("authorizationId").asLong(), created.get("personId").asLong());
    }

    MockHttpServletResponse view(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "minga2026"))).andReturn().getResponse();
    }

    long logged(String user, long person) {
        return jdbc.sql("""
                select count(*) from personal_data_access where username = :u and subject_type = 'PERSON'
                  and subject_ids @> array[cast(:p as bigint)] and endpoint = 'GET /consents/{id}/evidence'""")
                .param("u", user).param("p", person).query(Long.class).single();
    }

    @Test
    void whoReadsThePersonSeesTheImageFromTheirPageUncachedAndEachViewIsLogged() throws Exception {
        Evidence e = personWithSignature();
        String path = "/consents/" + e.authorizationId() + "/evidence";
        String page = view("campo.suba", "/persons/" + e.personId()).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"" + path + "\"").contains("Imagen de la evidencia");

        for (String user : new String[]{"campo.suba", "local.suba"}) {
            MockHttpServletResponse r = view(user, path);
            assertThat(r.getStatus()).isEqualTo(200);
            assertThat(r.getContentType()).isEqualTo("image/png");
            assertThat(r.getHeader("Cache-Control")).contains("no-store");
            assertThat(r.getContentAsByteArray()).isEqualTo(Base64.getDecoder().decode(FieldDayConflictTests.PIXEL));
            view(user, path);
            assertThat(logged(user, e.personId())).as("each view of " + user + " on the access log").isEqualTo(2);
        }
    }

    @Test
    void rolesThatSeeFiguresOnlyOrAnotherJurisdictionAreRefusedAndNothingIsLogged() throws Exception {
        Evidence e = personWithSignature();
        String path = "/consents/" + e.authorizationId() + "/evidence";
        for (String user : new String[]{"consulta.kennedy", "evaluador", "privacidad.bogota", "cucuta"}) {
            MockHttpServletResponse r = view(user, path);
            assertThat(r.getStatus()).as(user).isIn(403, 404);
            assertThat(r.getContentAsByteArray()).as(user)
                    .isNotEqualTo(Base64.getDecoder().decode(FieldDayConflictTests.PIXEL));
            assertThat(logged(user, e.personId())).as(user).isZero();
        }
    }

    @Test
    void anImageThatNoLongerMatchesItsSha256IsNotShown() throws Exception {
        Evidence e = personWithSignature();
        jdbc.sql(
                "update data_authorization_evidence set content = content || '\\x00'::bytea where authorization_id = :a")
                .param("a", e.authorizationId()).update();
        MockHttpServletResponse r = view("campo.suba", "/consents/" + e.authorizationId() + "/evidence");
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("no coincide con la huella SHA-256");
        assertThat(logged("campo.suba", e.personId())).isZero();
    }
}
