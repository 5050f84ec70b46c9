package org.minga;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@MingaTest
class ApplicationStartsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageIsInSpanish() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ingresar a Minga")))
                .andExpect(content().string(Matchers.containsString("Contraseña")));
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/territories']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/jurisdictions']").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void apiWithoutCredentialsAsksForThem() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions")).andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("WWW-Authenticate", Matchers.containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("No autenticado"));
    }

    @Test
    void anonymousUserGetsTheCitizensHomeAndIsSentToLoginForWork() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/households")).andExpect(status().is3xxRedirection());
    }
}
