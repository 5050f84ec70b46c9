package org.minga.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every page of the shell renders for every demo role, in Spanish, with the navigation. */
@MingaTest
class PagesRenderTests {

    static final String[] USERS = {"admin", "distrito", "zona.norte", "local.suba", "campo.suba", "evaluador",
            "consulta.kennedy", "cucuta"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Territories territories;
    @Autowired
    Jurisdictions jurisdictions;

    @Test
    void homeAndTerritoryPagesRenderForEveryRole() throws Exception {
        for (String user : USERS) {
            mvc.perform(get("/").with(httpBasic(user, "minga2026"))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Territorios")));
            mvc.perform(get("/territories").with(httpBasic(user, "minga2026"))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Árbol territorial")));
        }
    }

    @Test
    void territoryDetailEditAndSearchRender() throws Exception {
        long suba = territories.byCode(jurisdictions.byCode("11001").orElseThrow().id(), "11").orElseThrow().id();
        mvc.perform(get("/territories/" + suba).with(httpBasic("local.suba", "minga2026"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tibabuyes")));
        mvc.perform(get("/territories/" + suba + "/edit").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk());
        mvc.perform(get("/territories/" + suba + "/children").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("El Rincón")));
        mvc.perform(get("/territories?jurisdiction=11001&q=bolivar").with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Ciudad Bolívar")));
        mvc.perform(get("/territories/new?parent=" + suba).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk());
        mvc.perform(get("/territories/" + suba + "/edit").with(httpBasic("consulta.kennedy", "minga2026")))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorDefinesALevelAndOthersOnlySeeThem() throws Exception {
        Jurisdiction created = jurisdictions.create(new NewJurisdiction("99301", "Municipio con niveles", "CO",
                "America/Bogota"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/territories/levels")
                .with(httpBasic("admin", "minga2026"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("jurisdiction", "99301").param("code", "municipio").param("name", "Municipio")
                .param("rank", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/territories/levels")
                .with(httpBasic("admin", "minga2026"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("jurisdiction", "99301").param("code", "Barrio Nuevo").param("name", "Barrio")
                .param("rank", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Use minúsculas sin tildes")));
        mvc.perform(get("/territories/levels?jurisdiction=99301").with(httpBasic("admin", "minga2026")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("municipio")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Barrio Nuevo</code>"))));
        mvc.perform(get("/territories/levels?jurisdiction=11001").with(httpBasic("consulta.kennedy", "minga2026")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Localidad")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Crear nivel"))));
        org.assertj.core.api.Assertions.assertThat(created.code()).isEqualTo("99301");
    }
}
