package org.minga.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Choose, never type (issue 17): the forms that take actors or a higher body take what the pickers submit (codes)
 * and also the names people type, when a name names one record; an ambiguous or unknown name is refused with the
 * field named and the candidates listed, and nothing is written. The model is
 * {@code SearchTests.formsTakeATerritoryByNameWhenTheNameIsUnambiguous}.
 */
@MingaTest
class NamesInFormsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** Posts as the local official of Suba; answers where it led. */
    MvcResult postAs(MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.with(httpBasic("local.suba", "minga2026")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    /** Opens the page a refused form goes back to, with the problems it shows once. */
    String follow(MvcResult done) throws Exception {
        return mvc.perform(get(done.getResponse().getRedirectedUrl()).with(httpBasic("local.suba", "minga2026"))
                .cookie(done.getResponse().getCookies())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String bodyName(String code) {
        return jdbc.sql("select name from gov_body where code = :c").param("c", code).query(String.class).single();
    }

    MockHttpServletRequestBuilder newBody(String code, String name, String parent, String seatsActor) {
        return post("/governance/bodies").param("code", code).param("name", name).param("template", "LOCAL_APS_TABLE")
                .param("templateActorCode", seatsActor).param("territoryCode", "Suba").param("parentCode", parent);
    }

    @Test
    void formsTakeActorsAndAHigherBodyByNameWhenTheNameIsUnambiguous() throws Exception {
        // the zonal table of the north, named as people write it: lower case, without accents
        String zonal = bodyName("MCT-ZN");
        String typed = org.minga.platform.TextKeys.key(zonal);
        assertThat(jdbc.sql("select count(*) from gov_body where lower(name) = lower(:n)").param("n", zonal)
                .query(Long.class).single()).as("one body bears the name").isEqualTo(1);

        MvcResult body = postAs(newBody("ML-NOMBRE-1", "Mesa local por nombre", typed,
                "Secretaría Distrital de Salud"));
        assertThat(body.getResponse().getRedirectedUrl()).matches("/governance/bodies/\\d+");
        assertThat(jdbc.sql("""
                select p.code from gov_body b join gov_body p on p.id = b.parent_id where b.code = 'ML-NOMBRE-1'""")
                .query(String.class).single()).isEqualTo("MCT-ZN");
        assertThat(jdbc.sql("""
                select distinct a.code from gov_member m join gov_body b on b.id = m.body_id
                join actor a on a.id = m.actor_id where b.code = 'ML-NOMBRE-1'""").query(String.class).list())
                .containsExactly("SDS");

        // a demonstration exercise of that body, with one actor by acronym and one by its full name
        MvcResult exercise = postAs(post("/governance/exercises").param("code", "EJ-NOMBRE-1")
                .param("name", "Ejercicio por nombres").param("objective", "Elegir sin códigos")
                .param("territoryCode", "Suba").param("bodyCode", "Mesa local por nombre")
                .param("actors", "sdis; Secretaría Distrital de Salud"));
        assertThat(exercise.getResponse().getRedirectedUrl()).matches("/governance/exercises/\\d+");
        assertThat(jdbc.sql("""
                select a.code from gov_exercise e join gov_exercise_actor x on x.exercise_id = e.id
                join actor a on a.id = x.actor_id where e.code = 'EJ-NOMBRE-1' order by a.code""")
                .query(String.class).list()).containsExactly("SDIS", "SDS");
        assertThat(jdbc.sql("""
                select b.code from gov_exercise e join gov_body b on b.id = e.body_id where e.code = 'EJ-NOMBRE-1'""")
                .query(String.class).single()).isEqualTo("ML-NOMBRE-1");
    }

    @Test
    void anAmbiguousOrUnknownNameIsRefusedNamingTheFieldAndTheCandidates() throws Exception {
        // two tables that bear one name
        for (String code : List.of("MNR-1", "MNR-2")) {
            assertThat(postAs(newBody(code, "Mesa de nombre repetido", "MCT-ZN", "SDS")).getResponse()
                    .getRedirectedUrl()).matches("/governance/bodies/\\d+");
        }

        String refused = follow(postAs(post("/governance/exercises").param("code", "EJ-NOMBRE-2")
                .param("name", "Ejercicio ambiguo").param("objective", "Ver los candidatos")
                .param("territoryCode", "Suba").param("bodyCode", "mesa de nombre repetido")
                .param("actors", "Atlántida; Secretaría Distrital de Integración")));
        assertThat(refused).contains("El nombre «mesa de nombre repetido» no basta para la instancia: lo llevan"
                + " Mesa de nombre repetido (MNR-1); Mesa de nombre repetido (MNR-2)."
                + " Elija uno de la lista o escriba su código.");
        assertThat(refused).contains("No existe el actor participante «Atlántida».");
        // a name some actors start with: not taken, the candidates are offered
        assertThat(refused).contains("No existe el actor participante «Secretaría Distrital de Integración»."
                + " ¿Quiso decir Secretaría Distrital de Integración Social (SDIS)? Elija uno de la lista.");
        assertThat(jdbc.sql("select count(*) from gov_exercise where code = 'EJ-NOMBRE-2'").query(Long.class)
                .single()).isZero();

        // a body whose higher body is ambiguous is not created either
        String noBody = follow(postAs(newBody("ML-NOMBRE-3", "Mesa sin superior clara", "Mesa de nombre repetido",
                "SDS")));
        assertThat(noBody).contains("El nombre «Mesa de nombre repetido» no basta para la instancia superior");
        assertThat(jdbc.sql("select count(*) from gov_body where code = 'ML-NOMBRE-3'").query(Long.class).single())
                .isZero();
    }
}
