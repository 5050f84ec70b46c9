package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** API tokens (issue 19): a token is its user, no more, until it expires or is revoked; only its hash is kept. */
@MingaTest
class ApiTokenTests {

    private static final String PASSWORD = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Jurisdictions jurisdictions;

    /** Creates a token for the user through the API, signed in with the user's password; returns its text. */
    String token(String user, String name) throws Exception {
        return token(user, PASSWORD, name);
    }

    String token(String user, String password, String name) throws Exception {
        JsonNode created = call(post("/api/v1/tokens").with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"days\":30}"), status().isCreated());
        assertThat(created.get("token").get("name").asText()).isEqualTo(name);
        return created.get("secret").asText();
    }

    JsonNode call(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        String body = mvc.perform(request).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : json.readTree(body);
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    long household(String user, String territoryCode) throws Exception {
        return call(post("/api/v1/households").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"11001\",\"territoryCode\":\"" + territoryCode
                        + "\",\"address\":\"Calle 9 # 9-9\",\"estrato\":2,\"sisbenGroup\":\"B3\"}"),
                status().isCreated()).get("id").asLong();
    }

    long tokenId(String text) {
        return Long.parseLong(text.split("_")[1]);
    }

    /** The random part: everything after "minga_<id>_" (base64url, which may itself hold "_"). */
    String secretOf(String text) {
        return text.substring(("minga_" + tokenId(text) + "_").length());
    }

    @Test
    void aLocalUsersTokenReadsItsTerritorysHouseholdsAndNotAnothers() throws Exception {
        long suba = household("local.suba", "B-SUBA-01");
        long kennedy = household("distrito", "B-KEN-01");
        String token = token("local.suba", "Tablero de Suba");
        assertThat(token).matches("minga_[0-9]+_[A-Za-z0-9_-]{43}");

        call(bearer(get("/api/v1/households/" + suba), token), status().isOk());
        call(bearer(get("/api/v1/households/" + kennedy), token), status().isForbidden());
        JsonNode list = call(bearer(get("/api/v1/households").param("size", "200").param("q", "Calle 9 # 9-9"),
                token), status().isOk());
        List<Long> ids = new ArrayList<>();
        list.get("items").forEach(h -> ids.add(h.get("id").asLong()));
        assertThat(ids).contains(suba).doesNotContain(kennedy);
        // the same as the user's password gives: the token has the user's scope, no more and no less
        JsonNode withPassword = call(get("/api/v1/households").param("size", "200").param("q", "Calle 9 # 9-9")
                .with(httpBasic("local.suba", PASSWORD)), status().isOk());
        assertThat(withPassword.get("total")).isEqualTo(list.get("total"));
        // an administrator's area stays closed
        call(bearer(get("/api/v1/admin/users"), token), status().isForbidden());
    }

    @Test
    void aReadOnlyUsersTokenReadsButCannotWrite() throws Exception {
        String token = token("consulta.kennedy", "Consulta externa");
        call(bearer(get("/api/v1/territories"), token), status().isOk());
        JsonNode refused = call(bearer(post("/api/v1/households"), token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"11001\",\"territoryCode\":\"B-KEN-01\",\"address\":\"Calle 1\"}"),
                status().isForbidden());
        assertThat(refused.get("detail").asText()).isNotBlank();
    }

    @Test
    void aTokenStopsAtExpiryAndAtRevocationWithASpanishProblem() throws Exception {
        String expiring = token("distrito", "Vence pronto");
        call(bearer(get("/api/v1/territories"), expiring), status().isOk());
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = :id")
                .param("id", tokenId(expiring)).update();
        mvc.perform(bearer(get("/api/v1/territories"), expiring)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.detail").value("El token «Vence pronto» venció; pida uno nuevo."));

        String revoked = token("distrito", "Se revoca");
        call(bearer(get("/api/v1/territories"), revoked), status().isOk());
        call(delete("/api/v1/tokens/" + tokenId(revoked)).with(httpBasic("distrito", PASSWORD)),
                status().isNoContent());
        mvc.perform(bearer(get("/api/v1/territories"), revoked)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("El token «Se revoca» fue revocado."));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'api_token' and action = 'REVOKE'"
                + " and entity_id = :id").param("id", String.valueOf(tokenId(revoked))).query(Long.class).single())
                        .isEqualTo(1);
    }

    @Test
    void aDisabledUsersTokensStopWorking() throws Exception {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        String username = "token." + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(new NewUser(username, "clave-larga-de-prueba-1", "Integración", null, Role.LOCAL,
                bogota, null));
        String token = token(username, "clave-larga-de-prueba-1", "Integración");
        call(bearer(get("/api/v1/territories"), token), status().isOk());
        mvc.perform(post("/admin/users/" + id).with(httpBasic("admin", PASSWORD)).with(csrf())
                .param("fullName", "Integración").param("role", "LOCAL").param("jurisdiction", "11001")
                .param("territoryCode", "").param("email", "").param("password", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(bearer(get("/api/v1/territories"), token)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("desactivada")));
    }

    @Test
    void wrongOrMalformedTokensAreRefusedWithoutAServerError() throws Exception {
        String good = token("distrito", "Base de la prueba");
        String secret = secretOf(good);
        String otherSecret = (secret.charAt(0) == 'A' ? "B" : "A") + secret.substring(1);
        List<String> wrong = List.of("", "abc", "minga_", "minga_0_" + secret,
                "minga_" + tokenId(good) + "_" + otherSecret,
                "minga_999999999999999999_" + secret, "minga_99999999999999999999_" + secret,
                "minga_" + tokenId(good) + "_" + secret + "x", "minga_" + tokenId(good) + "_" + "é".repeat(43),
                good.toUpperCase(java.util.Locale.ROOT), "' or 1=1 --");
        for (String w : wrong) {
            mvc.perform(bearer(get("/api/v1/territories"), w)).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(Matchers.startsWith("El token no es válido")));
        }
        call(bearer(get("/api/v1/territories"), good), status().isOk());
    }

    @Test
    void theSecretIsNeverStoredInClear() throws Exception {
        String token = token("distrito", "Solo su huella");
        String secret = secretOf(token);
        String row = jdbc.sql("select row_to_json(t)::text from api_token t where id = :id")
                .param("id", tokenId(token)).query(String.class).single();
        assertThat(row).doesNotContain(secret);
        byte[] stored = jdbc.sql("select secret_hash from api_token where id = :id").param("id", tokenId(token))
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        assertThat(
                jdbc.sql("select count(*) from audit_log where coalesce(summary, '') || coalesce(after_state::text, '')"
                        + " like :s").param("s", "%" + secret + "%").query(Long.class).single()).isZero();
        // listed afterwards, the token shows its name and dates, never its text
        String listed = mvc.perform(get("/api/v1/tokens").with(httpBasic("distrito", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).contains("Solo su huella").doesNotContain(secret);
    }

    @Test
    void lastUseIsShownAndWrittenAtMostOnceAMinute() throws Exception {
        String token = token("zona.norte", "Último uso");
        long id = tokenId(token);
        String page = mvc.perform(get("/account/tokens").with(httpBasic("zona.norte", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Último uso").contains("Nunca usado");

        call(bearer(get("/api/v1/territories"), token), status().isOk());
        Instant first = lastUse(id);
        assertThat(first).isNotNull();
        call(bearer(get("/api/v1/territories"), token), status().isOk());
        assertThat(lastUse(id)).isEqualTo(first); // within the minute: no write
        jdbc.sql("update api_token set last_used_at = now() - interval '2 minutes' where id = :id").param("id", id)
                .update();
        Instant stale = lastUse(id);
        call(bearer(get("/api/v1/territories"), token), status().isOk());
        assertThat(lastUse(id)).isAfter(stale);

        page = mvc.perform(get("/account/tokens").with(httpBasic("zona.norte", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("Nunca usado").doesNotContain(secretOf(token));
    }

    private Instant lastUse(long id) {
        return jdbc.sql("select last_used_at from api_token where id = :id").param("id", id)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(null);
    }

    @Test
    void theAccessLogNamesTheToken() throws Exception {
        long suba = household("local.suba", "B-SUBA-01");
        String token = token("local.suba", "Sistema SISBEN");
        call(bearer(get("/api/v1/households/" + suba), token), status().isOk());
        List<String> endpoints = jdbc
                .sql("""
                        select endpoint from personal_data_access
                        where subject_type = 'HOUSEHOLD' and subject_ids @> array[cast(:h as bigint)] and username = 'local.suba'
                        order by id desc""")
                .param("h", suba).query(String.class).list();
        assertThat(endpoints).contains("GET /api/v1/households/{id} (token «Sistema SISBEN»)");
    }

    @Test
    void anAdministratorCreatesATokenForAUserAndItIsShownOnce() throws Exception {
        long campo = accounts.idOf("campo.suba").orElseThrow();
        String created = mvc.perform(post("/admin/users/" + campo + "/tokens").with(httpBasic("admin", PASSWORD))
                .with(csrf()).param("name", "Formularios de campo").param("days", "10"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var m = java.util.regex.Pattern.compile("minga_[0-9]+_[A-Za-z0-9_-]{43}").matcher(created);
        assertThat(m.find()).isTrue();
        String token = m.group();
        JsonNode me = call(bearer(get("/api/v1/tokens"), token), status().isOk());
        assertThat(me.toString()).contains("Formularios de campo");
        String again = mvc.perform(get("/admin/users/" + campo + "/tokens").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Formularios de campo").doesNotContain(token);
        // another user's tokens are the administrators' business only
        mvc.perform(get("/admin/users/" + campo + "/tokens").with(httpBasic("local.suba", PASSWORD)))
                .andExpect(status().isForbidden());
        // revoking from the page asks first
        assertThat(again).contains("data-confirm=\"¿Revocar el token «Formularios de campo»?");
    }

    @Test
    void aTokenNeitherMintsTokensNorOutlivesTheMaximum() throws Exception {
        String token = token("distrito", "No crea tokens");
        call(bearer(post("/api/v1/tokens"), token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Hijo\",\"days\":30}"), status().isForbidden());
        JsonNode tooLong = call(post("/api/v1/tokens").with(httpBasic("distrito", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Eterno\",\"days\":4000}"),
                status().isBadRequest());
        assertThat(tooLong.toString()).contains("days").contains("entre 1 y 365 días");
        JsonNode noName = call(post("/api/v1/tokens").with(httpBasic("distrito", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"days\":3}"), status().isBadRequest());
        assertThat(noName.toString()).contains("name");
    }
}
