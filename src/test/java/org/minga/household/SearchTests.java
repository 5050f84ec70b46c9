package org.minga.household;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The header search of persons and households (issue 17) and the type-ahead pickers: what each role finds, that
 * nothing outside the user's reach appears, and that every person shown is on the access log.
 */
@MingaTest
class SearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Someone(long id, String fullName, String document) {
    }

    String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "minga2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String user, String url) throws Exception {
        return page(user, get(url));
    }

    /** A demo person of the localidad with this code whose names start with "Mar" and "Góm". */
    Someone mariaGomez(String localidad) {
        return jdbc.sql("""
                select p.id, p.first_name || ' ' || p.last_name, p.document_number from person p
                join territory t on t.code = :code and t.jurisdiction_id = p.jurisdiction_id
                where p.territory_path like t.path || '%' and p.merged_into is null and p.anonymised_at is null
                  and to_tsvector('simple', p.name_key) @@ to_tsquery('simple', 'mar:* & gom:*')
                order by p.id limit 1""").param("code", localidad)
                .query((rs, n) -> new Someone(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
    }

    long accessRows(String user, long personId) {
        return jdbc.sql("""
                select count(*) from personal_data_access where username = :u and subject_type = 'PERSON'
                  and subject_ids @> array[cast(:p as bigint)]""").param("u", user).param("p", personId)
                .query(Long.class).single();
    }

    @Test
    void aFieldWorkerFindsAPersonOfTheirTerritoryByNameWordsAndByDocumentAndTheFindIsLogged() throws Exception {
        Someone suba = mariaGomez("11");
        long before = accessRows("campo.suba", suba.id());
        String byName = page("campo.suba", "/search?q=mar+gom");
        assertThat(byName).contains("/persons/" + suba.id()).contains(suba.document());
        // accents and case do not matter, nor the order of the words
        assertThat(page("campo.suba", get("/search").param("q", "GÓM MAR"))).contains("/persons/" + suba.id());
        assertThat(accessRows("campo.suba", suba.id())).isEqualTo(before + 2);

        String byDocument = page("campo.suba", "/search?q=" + suba.document());
        assertThat(byDocument).contains("/persons/" + suba.id()).contains(suba.fullName());
        assertThat(accessRows("campo.suba", suba.id())).isEqualTo(before + 3);
        assertThat(jdbc.sql("""
                select endpoint from personal_data_access where username = 'campo.suba'
                  and subject_ids @> array[cast(:p as bigint)] order by id desc limit 1""").param("p", suba.id())
                .query(String.class).single()).isEqualTo("GET /search");

        // the type-ahead answers the same, as options that open the person
        String options = page("campo.suba", get("/search").param("q", "mar gom").header("HX-Request", "true"));
        assertThat(options).contains("role=\"option\"").contains("data-href=\"/persons/" + suba.id() + "\"")
                .doesNotContain("<html");
        assertThat(accessRows("campo.suba", suba.id())).isEqualTo(before + 4);
    }

    @Test
    void nobodyOutsideTheUsersTerritoryIsFound() throws Exception {
        Someone kennedy = mariaGomez("08");
        String byDocument = page("campo.suba", "/search?q=" + kennedy.document());
        assertThat(byDocument).doesNotContain("/persons/" + kennedy.id()).contains("No se encontró a nadie");
        List<Long> kennedyIds = jdbc.sql("""
                select p.id from person p join territory t on t.code = '08' and t.jurisdiction_id = p.jurisdiction_id
                where p.territory_path like t.path || '%'""").query(Long.class).list();
        String byName = page("campo.suba", "/search?q=mar+gom");
        for (long id : kennedyIds) {
            assertThat(byName).doesNotContain("/persons/" + id + "\"");
        }
        assertThat(accessRows("campo.suba", kennedy.id())).isZero();
        // a Kennedy household code is not found from Suba either; a Suba one is
        assertThat(page("campo.suba", "/search?q=H-KEN-0001")).doesNotContain("H-KEN-0001</a>");
        long suba = jdbc.sql("select id from household where code = 'H-SUBA-0001'").query(Long.class).single();
        assertThat(page("campo.suba", "/search?q=h-suba-0001")).contains("/households/" + suba);
        // Cúcuta's local user finds nobody of Bogotá
        assertThat(page("cucuta", "/search?q=" + kennedy.document())).doesNotContain("/persons/" + kennedy.id());
    }

    @Test
    void rolesWithoutPersonalDataGetNoSearch() throws Exception {
        Someone suba = mariaGomez("11");
        for (String user : List.of("salud.bogota", "consulta.kennedy", "evaluador", "privacidad.bogota")) {
            mvc.perform(get("/search").param("q", suba.document()).with(httpBasic(user, "minga2026")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/choices/persons").param("q", "mar gom").with(httpBasic(user, "minga2026")))
                    .andExpect(status().isForbidden());
            assertThat(page(user, "/")).doesNotContain("id=\"header-q\"");
        }
        assertThat(page("campo.suba", "/")).contains("id=\"header-q\"").contains("Buscar una persona o un hogar");
        // an administrator of every jurisdiction finds anyone
        assertThat(page("admin", "/search?q=" + suba.document())).contains("/persons/" + suba.id());
    }

    @Test
    void pickersOfferNamesWithinTheUsersReach() throws Exception {
        String territories = page("local.suba", "/choices/territories?q=sub");
        assertThat(territories).contains(">Suba<").contains("data-value=\"11\"").doesNotContain("Kennedy");
        assertThat(page("cucuta", "/choices/territories?q=sub")).doesNotContain(">Suba<");
        String actors = page("local.suba", "/choices/actors?q=salud");
        assertThat(actors).contains("data-value=\"SDS\"").contains("Secretaría Distrital de Salud");
        assertThat(page("cucuta", "/choices/actors?q=salud")).doesNotContain("data-value=\"SDS\"");
        String bodies = page("local.suba", "/choices/bodies?q=mesa");
        assertThat(bodies).contains("role=\"option\"").contains("Mesa");
        String services = page("local.suba", "/choices/services?q=a");
        assertThat(services).contains("role=\"option\"").contains("data-value=\"");
        assertThat(page("admin", "/choices/users?q=campo")).contains("data-value=\"campo.suba\"");
        mvc.perform(get("/choices/users").param("q", "campo").with(httpBasic("campo.suba", "minga2026")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/choices/nothing").param("q", "x").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isNotFound());

        // persons: named in the options, written on the access log as a lookup
        Someone suba = mariaGomez("11");
        long before = accessRows("campo.suba", suba.id());
        assertThat(page("campo.suba", "/choices/persons?q=" + suba.document()))
                .contains("data-value=\"" + suba.id() + "\"");
        assertThat(accessRows("campo.suba", suba.id())).isEqualTo(before + 1);
        assertThat(page("campo.suba", "/choices/person-documents?q=" + suba.document()))
                .contains("data-value=\"" + suba.document() + "\"").contains("data-extra=\"");
    }

    @Test
    void formsTakeATerritoryByNameWhenTheNameIsUnambiguous() throws Exception {
        String answer = mvc.perform(post("/households").with(httpBasic("local.suba", "minga2026")).with(csrf())
                .param("code", "H-SUBA-BUSCAR-1").param("territoryCode", "suba").param("address", "Calle 145 # 91-19"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(answer).startsWith("/households/");
        assertThat(jdbc
                .sql("""
                        select t.code from household h join territory t on t.id = h.territory_id where h.code = 'H-SUBA-BUSCAR-1'""")
                .query(String.class).single()).isEqualTo("11");
        // a name no territory bears is refused with the field named, and nothing is written
        String refused = page("local.suba", post("/households").with(csrf()).param("code", "H-SUBA-BUSCAR-2")
                .param("territoryCode", "Atlántida"));
        assertThat(refused).contains("El territorio indicado no existe");
        assertThat(jdbc.sql("select count(*) from household where code = 'H-SUBA-BUSCAR-2'").query(Long.class)
                .single()).isZero();
        // a demonstration exercise in "Suba" with the actors "SDIS; SDS" (the separator people type)
        String exercise = mvc.perform(post("/governance/exercises").with(httpBasic("local.suba", "minga2026"))
                .with(csrf()).param("code", "EJ-BUSCAR-1").param("name", "Ejercicio de prueba")
                .param("objective", "Probar los nombres").param("territoryCode", "Suba").param("actors", "SDIS; SDS"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(exercise).matches("/governance/exercises/\\d+");
    }
}
