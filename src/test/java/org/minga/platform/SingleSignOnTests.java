package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.internal.security.LocalPasswords;
import org.minga.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Single sign-on through a real OpenID Connect provider started in the test JVM ({@link OidcTestServer}): the
 * authorization-code sign-in as a browser makes it (Minga, the provider, back to Minga with a code that Minga
 * exchanges over HTTP), the provider's JWTs on the API, and Minga's passwords turned off (issue 19).
 */
@MingaTest
class SingleSignOnTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalPasswords localPasswords;
    @Autowired
    Territories territories;

    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * A Minga user of Bogotá's Sumapaz linked to the provider's account {@code account} (a territory of their own, so
     * these officers are not among those other tests expect to cover Suba).
     */
    long linkedUser(String account, Role role) throws Exception {
        String username = "sso." + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(new NewUser(username, "Una-clave-larga-sso-2026", "Funcionaria " + account, null,
                role, bogota(), sumapaz()));
        mvc.perform(post("/admin/users/" + id + "/single-sign-on").param("oidcAccount", account)
                .with(httpBasic("admin", "minga2026")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        return id;
    }

    long bogota() {
        return jurisdictions.byCode("11001").orElseThrow().id();
    }

    long sumapaz() {
        return territories.byCode(bogota(), "20").orElseThrow().id();
    }

    /** The browser's trip: Minga sends it to the provider, the provider back with a code, Minga signs it in. */
    MvcResult signIn(String account) throws Exception {
        OidcTestServer.nextSignIn(account);
        MvcResult start = mvc.perform(get("/oauth2/authorization/gobierno"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String authorize = start.getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(OidcTestServer.issuer() + "/authorize");
        Cookie session = start.getResponse().getCookie("JSESSIONID");
        assertThat(session).as("the sign-in in progress is kept in the session").isNotNull();

        HttpResponse<Void> provider = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(provider.statusCode()).isEqualTo(302);
        URI back = URI.create(provider.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/gobierno");
        return mvc.perform(get(back).cookie(session)).andReturn();
    }

    @Test
    void aLinkedAccountSignsInAsItsMingaUserWithItsRoleAndScope() throws Exception {
        String account = "ana.sso." + UUID.randomUUID().toString().substring(0, 6);
        linkedUser(account, Role.LOCAL);

        MvcResult signedIn = signIn(account);
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie session = signedIn.getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();

        // the pages know the Minga user: their name, and the role's limits (a local officer is no administrator)
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Funcionaria " + account)));
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());
        // the scope: Bogotá's territories, not Santiago's
        mvc.perform(get("/api/v1/territories?jurisdiction=11001&level=localidad").cookie(session))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(Matchers.greaterThan(0)));
    }

    @Test
    void anUnlinkedAccountIsRefusedWithAClearSpanishMessage() throws Exception {
        MvcResult refused = signIn("nadie." + UUID.randomUUID().toString().substring(0, 6));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?sso=unlinked");
        mvc.perform(get("/login?sso=unlinked")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Su cuenta institucional no está vinculada a ningún usuario de Minga")));
    }

    @Test
    void theAccountOfADisabledUserIsRefused() throws Exception {
        String account = "baja.sso." + UUID.randomUUID().toString().substring(0, 6);
        long id = linkedUser(account, Role.LOCAL);
        jdbc.sql("update app_user set enabled = false where id = :id").param("id", id).update();

        MvcResult refused = signIn(account);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?sso=disabled");
        mvc.perform(get("/login?sso=disabled")).andExpect(content().string(
                Matchers.containsString("Su usuario de Minga está desactivado")));
    }

    @Test
    void oneProviderAccountOpensOneMingaUser() throws Exception {
        String account = "unica.sso." + UUID.randomUUID().toString().substring(0, 6);
        linkedUser(account, Role.LOCAL);
        long other = accounts.create(new NewUser("sso.otro." + UUID.randomUUID().toString().substring(0, 6),
                "Una-clave-larga-sso-2026", "Otra persona", null, Role.LOCAL, bogota(), sumapaz()));
        mvc.perform(post("/admin/users/" + other + "/single-sign-on").param("oidcAccount", account)
                .with(httpBasic("admin", "minga2026")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ya está vinculada a otro usuario de Minga")));
    }

    @Test
    void theProvidersJwtCallsTheApiAsTheLinkedUserAndOnlyForMingasAudienceUnexpired() throws Exception {
        String account = "api.sso." + UUID.randomUUID().toString().substring(0, 6);
        linkedUser(account, Role.READ_ONLY);

        String good = OidcTestServer.token(account, OidcTestServer.CLIENT_ID, 3600);
        mvc.perform(get("/api/v1/territories?jurisdiction=11001&level=localidad")
                .header("Authorization", "Bearer " + good))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(Matchers.greaterThan(0)));
        // the role's limits hold: a read-only user writes nothing
        mvc.perform(post("/api/v1/territories").header("Authorization", "Bearer " + good)
                .contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());

        String otherAudience = OidcTestServer.token(account, "otra-aplicacion", 3600);
        mvc.perform(get("/api/v1/territories?jurisdiction=11001").header("Authorization", "Bearer " + otherAudience))
                .andExpect(status().isUnauthorized());
        String expired = OidcTestServer.token(account, OidcTestServer.CLIENT_ID, -3600);
        mvc.perform(get("/api/v1/territories?jurisdiction=11001").header("Authorization", "Bearer " + expired))
                .andExpect(status().isUnauthorized());
        String unlinked = OidcTestServer.token("sin.vinculo", OidcTestServer.CLIENT_ID, 3600);
        mvc.perform(get("/api/v1/territories?jurisdiction=11001").header("Authorization", "Bearer " + unlinked))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withLocalPasswordsOffOnlyTheProviderSignsIn() throws Exception {
        localPasswords.enabled(false);
        try {
            mvc.perform(get("/login")).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Ingresar con la cuenta institucional")))
                    .andExpect(content().string(Matchers.containsString("contraseñas de Minga están desactivadas")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("type=\"password\""))));
            mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("admin").password("minga2026"))
                    .andExpect(redirectedUrl("/login?error=bad"));
            mvc.perform(get("/api/v1/jurisdictions").with(httpBasic("admin", "minga2026")))
                    .andExpect(status().isUnauthorized());
        } finally {
            localPasswords.enabled(true);
        }
        mvc.perform(get("/api/v1/jurisdictions").with(httpBasic("admin", "minga2026"))).andExpect(status().isOk());
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        String account = "salida.sso." + UUID.randomUUID().toString().substring(0, 6);
        linkedUser(account, Role.LOCAL);
        Cookie session = signIn(account).getResponse().getCookie("JSESSIONID");
        MvcResult out = mvc.perform(post("/logout").cookie(session).with(csrf())).andReturn();
        // RP-initiated logout: to the provider's end_session_endpoint with the ID token, then back to Minga
        assertThat(out.getResponse().getRedirectedUrl()).startsWith(OidcTestServer.issuer() + "/endsession")
                .contains("id_token_hint=").contains("post_logout_redirect_uri=");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Funcionaria " + account))));
    }

    /**
     * Issue 27 for a worker who signs in only through the provider: no Minga password to derive the offline day's key
     * from, so the page asks for a passphrase of their own (typed twice, kept by nobody), and the day comes over the
     * provider's session, not with a password.
     */
    @Test
    void aFieldWorkerSignedInThroughTheProviderPreparesTheDayWithAPassphraseOfTheirOwn() throws Exception {
        String account = "campo.sso." + UUID.randomUUID().toString().substring(0, 6);
        long id = linkedUser(account, Role.FIELD_TEAM);
        String username = jdbc.sql("select username from app_user where id = :id").param("id", id)
                .query(String.class).single();
        String device = "sso-device-" + UUID.randomUUID().toString().substring(0, 8);
        localPasswords.enabled(false);
        try {
            Cookie session = signIn(account).getResponse().getCookie("JSESSIONID");
            mvc.perform(get("/field-day").cookie(session)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("data-key-source=\"passphrase\"")))
                    .andExpect(content().string(Matchers.containsString("Clave del día de campo")))
                    .andExpect(content().string(Matchers.containsString("id=\"fd-passphrase-again\"")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Su contraseña de Minga"))));
            mvc.perform(get("/api/v1/field-day").param("deviceId", device).cookie(session)
                    .header("X-Requested-With", "XMLHttpRequest")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.deviceId").value(device)).andExpect(jsonPath("$.households").isArray());
            assertThat(jdbc
                    .sql("""
                            select count(*) from field_device where username = :u and device_id = :d and prepared_at is not null""")
                    .param("u", username).param("d", device).query(Long.class).single()).isEqualTo(1);
            // without the session nothing comes, and no browser login box is asked for
            mvc.perform(get("/api/v1/field-day").param("deviceId", device)
                    .header("X-Requested-With", "XMLHttpRequest"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(result -> assertThat(result.getResponse().getHeader("WWW-Authenticate")).isNull());
        } finally {
            localPasswords.enabled(true);
        }
        // a worker with a Minga password still types it, and the server checks it
        mvc.perform(get("/field-day").with(httpBasic("campo.suba", "minga2026"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-key-source=\"password\"")))
                .andExpect(content().string(Matchers.containsString("Su contraseña de Minga")));
    }
}
