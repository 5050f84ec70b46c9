package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MingaTest
class SecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;

    @Test
    void formLoginSucceedsAndIsAudited() throws Exception {
        mvc.perform(formLogin("/login").user("local.suba").password("minga2026"))
                .andExpect(redirectedUrl("/"));
        String summary = jdbc.sql("select summary from audit_log where action = 'LOGIN' and username = 'local.suba' "
                + "order by id desc limit 1").query(String.class).single();
        assertThat(summary).contains("local.suba");
    }

    @Test
    void passwordsAreStoredWithArgon2() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}").doesNotContain("minga2026");
    }

    @Test
    void accountLocksAfterFiveFailedLoginsFromOneAddressWithoutSayingSo() throws Exception {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        accounts.create(new NewUser("bloqueo.prueba", "clave-correcta-1", "Prueba de bloqueo", null, Role.LOCAL,
                bogota, null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("bloqueo.prueba").password("equivocada"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        // locked from this address: the right password gets the very same answer
        mvc.perform(formLogin("/login").user("bloqueo.prueba").password("clave-correcta-1"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/api/v1/jurisdictions").with(httpBasic("bloqueo.prueba", "clave-correcta-1")))
                .andExpect(status().isUnauthorized());
        assertThat(
                jdbc.sql("select count(*) from audit_log where action = 'LOCKED' and summary like '%bloqueo.prueba%'")
                        .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/login?error=bad"))
                .andExpect(content().string(Matchers.containsString("esperar unos minutos")));
    }

    @Test
    void uiFormsRequireTheCsrfToken() throws Exception {
        mvc.perform(post("/territories/new").with(httpBasic("distrito", "minga2026")).param("jurisdiction", "11001"))
                .andExpect(status().isForbidden());
    }

    @Test
    void changesAreAuditedWithBeforeAndAfter() throws Exception {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        TerritoryView barrio = territories.byCode(bogota, "B-KEN-05").orElseThrow();
        String body = """
                {"name":"Timiza Norte","parentId":%d,"areaType":"URBAN","population":1200,"version":%d}"""
                .formatted(barrio.parentId(), barrio.version());
        mvc.perform(put("/api/v1/territories/" + barrio.id()).with(httpBasic("distrito", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Timiza Norte"));
        var row = jdbc.sql("""
                select username, before_state->>'name' as before_name, after_state->>'name' as after_name
                from audit_log where entity_type = 'territory' and entity_id = :id and action = 'UPDATE'
                order by id desc limit 1""")
                .param("id", String.valueOf(barrio.id())).query().singleRow();
        assertThat(row.get("username")).isEqualTo("distrito");
        assertThat(row.get("before_name")).isEqualTo("Timiza");
        assertThat(row.get("after_name")).isEqualTo("Timiza Norte");

        // a second edit with the version the first one saw is refused, not silently overwritten
        mvc.perform(put("/api/v1/territories/" + barrio.id()).with(httpBasic("distrito", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("Timiza Norte", "Otro nombre")))
                .andExpect(status().isConflict());
        assertThat(territories.byId(barrio.id()).orElseThrow().name()).isEqualTo("Timiza Norte");
    }

    @Test
    void invalidInputNamesTheField() throws Exception {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        String body = """
                {"jurisdictionId":%d,"levelCode":"barrio","parentId":null,"code":"","name":"Sin padre","areaType":"URBAN","population":-3}"""
                .formatted(bogota);
        mvc.perform(post("/api/v1/territories").with(httpBasic("distrito", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("El código es obligatorio."))
                .andExpect(jsonPath("$.errors[?(@.field == 'population')].message")
                        .value("La población no puede ser negativa."));
    }

    @Test
    void administrationIsForAdministratorsOnly() throws Exception {
        for (String page : new String[]{"/admin/users", "/admin/jurisdictions", "/admin/audit"}) {
            mvc.perform(get(page).with(httpBasic("admin", "minga2026"))).andExpect(status().isOk());
            mvc.perform(get(page).with(httpBasic("distrito", "minga2026"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit?action=LOGIN").with(httpBasic("admin", "minga2026")))
                .andExpect(content().string(Matchers.containsString("LOGIN")));
    }

    @Test
    void administratorCreatesAUserScopedToATerritory() throws Exception {
        mvc.perform(post("/admin/users").with(httpBasic("admin", "minga2026")).with(csrf())
                .param("username", "nuevo.bosa").param("password", "una-clave-larga").param("fullName", "Nuevo Bosa")
                .param("role", "LOCAL").param("jurisdiction", "11001").param("territoryCode", "07")
                .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/api/v1/territories?jurisdiction=11001&level=localidad")
                .with(httpBasic("nuevo.bosa", "una-clave-larga")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].name").value("Bosa"));
        mvc.perform(post("/admin/users").with(httpBasic("admin", "minga2026")).with(csrf())
                .param("username", "mal.territorio").param("password", "una-clave-larga").param("fullName", "X")
                .param("role", "LOCAL").param("jurisdiction", "11001").param("territoryCode", "NO-EXISTE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No existe un territorio con código NO-EXISTE")));
    }

    @Test
    void changingAnAccountEndsItsOpenSessions() throws Exception {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        long id = accounts.create(new NewUser("sesion.prueba", "clave-larga-123", "Sesión de prueba", null, Role.LOCAL,
                bogota, null));
        var login = mvc.perform(formLogin("/login").user("sesion.prueba").password("clave-larga-123"))
                .andExpect(redirectedUrl("/")).andReturn();
        // the session lives in PostgreSQL (issue 19): the browser holds only its cookie
        var session = login.getResponse().getCookie("JSESSIONID");
        mvc.perform(get("/territories").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + id).with(httpBasic("admin", "minga2026")).with(csrf())
                .param("fullName", "Sesión de prueba").param("role", "READ_ONLY").param("jurisdiction", "11001")
                .param("territoryCode", "08").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/territories").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    }
}
