package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 16, item 2: login resists guessing without letting anyone lock others out, and tells nothing. */
@MingaTest
class LoginThrottleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Jurisdictions jurisdictions;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ResultActions login(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
                .with(from(address)));
    }

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from audit_log where action = :a and summary like :s")
                .param("a", action).param("s", "%" + username + " %").query(Long.class).single()
                + jdbc.sql("select count(*) from audit_log where action = :a and summary like :s")
                        .param("a", action).param("s", "%" + username).query(Long.class).single();
    }

    private long newUser(String username, String password) {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        return accounts.create(new NewUser(username, password, "Prueba " + username, null, Role.LOCAL, bogota, null));
    }

    @Test
    void thirtyParallelWrongPasswordsGetExactlyTheConfiguredFiveChecked() throws Exception {
        long id = newUser("rafaga.prueba", "cafe-con-panela-2026");
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                int n = i;
                Callable<String> attempt = () -> login("rafaga.prueba", "adivinanza-" + n, "10.2.0.1").andReturn()
                        .getResponse().getRedirectedUrl();
                answers.add(pool.submit(attempt));
            }
            for (Future<String> a : answers) {
                // every attempt, checked or refused, reads the same
                assertThat(a.get()).isEqualTo("/login?error=bad");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(audited("LOGIN_FAILED", "rafaga.prueba")).as("passwords checked").isEqualTo(5);
        assertThat(audited("LOGIN_REFUSED", "rafaga.prueba")).as("attempts refused unchecked").isEqualTo(25);
        assertThat(audited("LOCKED", "rafaga.prueba")).isEqualTo(1);

        // the right password from the guessing address is refused now, with the same answer
        login("rafaga.prueba", "cafe-con-panela-2026", "10.2.0.1").andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/api/v1/jurisdictions").with(httpBasic("rafaga.prueba", "cafe-con-panela-2026"))
                .with(from("10.2.0.1"))).andExpect(status().isUnauthorized());
        // but the same user signs in from another address
        login("rafaga.prueba", "cafe-con-panela-2026", "10.2.0.2").andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/jurisdictions").with(httpBasic("rafaga.prueba", "cafe-con-panela-2026"))
                .with(from("10.2.0.3"))).andExpect(status().isOk());

        // the administrator sees the lock and lifts it
        mvc.perform(
                get("/admin/users").param("size", "500").with(httpBasic("admin", "minga2026")).with(from("10.2.0.9")))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + id + "/unlock").with(httpBasic("admin", "minga2026")).with(csrf())
                .with(from("10.2.0.9"))).andExpect(status().is3xxRedirection());
        login("rafaga.prueba", "cafe-con-panela-2026", "10.2.0.1").andExpect(redirectedUrl("/"));
    }

    @Test
    void noAnswerTellsWhetherAUserExistsOrIsLocked() throws Exception {
        newUser("existe.prueba", "arepa-de-choclo-2026");
        // lock the existing account from one address
        for (int i = 0; i < 5; i++) {
            login("existe.prueba", "mala-" + i, "10.3.0.1");
        }
        String unknown = login("nadie.prueba", "mala-clave", "10.3.0.2").andReturn().getResponse().getRedirectedUrl();
        String wrong = login("existe.prueba", "mala-clave", "10.3.0.3").andReturn().getResponse().getRedirectedUrl();
        String locked = login("existe.prueba", "arepa-de-choclo-2026", "10.3.0.1").andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(List.of(unknown, wrong, locked)).containsOnly("/login?error=bad");
        mvc.perform(get("/login").param("error", "bad")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Usuario o contraseña incorrectos")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("bloqueada"))));
        // the API answers the three alike too
        String apiUnknown = mvc.perform(get("/api/v1/jurisdictions").with(httpBasic("nadie.prueba", "mala-clave"))
                .with(from("10.3.0.2"))).andExpect(status().isUnauthorized()).andReturn().getResponse()
                .getContentAsString();
        String apiLocked = mvc
                .perform(get("/api/v1/jurisdictions").with(httpBasic("existe.prueba", "arepa-de-choclo-2026"))
                        .with(from("10.3.0.1")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(apiLocked).isEqualTo(apiUnknown);
    }

    @Test
    void oneAddressTryingManyNamesIsStoppedAtItsLimit() throws Exception {
        // 50 failures of any names from one address lock the address (minga.security.max-failed-logins-per-address)
        for (int i = 0; i < 50; i++) {
            login("rociado" + i + ".prueba", "verano-2026", "10.4.0.1");
        }
        newUser("rociado.victima", "mango-biche-con-sal");
        login("rociado.victima", "mango-biche-con-sal", "10.4.0.1").andExpect(redirectedUrl("/login?error=bad"));
        login("rociado.victima", "mango-biche-con-sal", "10.4.0.2").andExpect(redirectedUrl("/"));
    }

    @Test
    void newPasswordsFollowNist80063b() throws Exception {
        String[][] refused = {
                {"minga2026", "al menos 12 caracteres"},
                {"password1234", "muy común"},
                {"qwertyuiop!!", "muy común"},
                {"iloveyou2026", "muy común"},
                {"aaaaaaaaaaaaaa", "un solo carácter"},
                {"nist.prueba.clave", "nombre de usuario"},
        };
        for (String[] r : refused) {
            mvc.perform(post("/admin/users").with(httpBasic("admin", "minga2026")).with(csrf())
                    .param("username", "nist.prueba").param("password", r[0]).param("fullName", "NIST")
                    .param("role", "LOCAL").param("jurisdiction", "11001").param("enabled", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(r[1])));
        }
        assertThat(accounts.idOf("nist.prueba")).isEmpty();
        mvc.perform(post("/admin/users").with(httpBasic("admin", "minga2026")).with(csrf())
                .param("username", "nist.prueba").param("password", "tres palabras largas").param("fullName", "NIST")
                .param("role", "LOCAL").param("jurisdiction", "11001").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.idOf("nist.prueba")).isPresent();
    }
}
