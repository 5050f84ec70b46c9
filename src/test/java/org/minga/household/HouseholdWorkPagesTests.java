package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages that do the household work: characterise, care plans, field teams, instruments and alert rules. */
@MingaTest
class HouseholdWorkPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    static final String DEFINITION = """
            {"sections":[{"title":"Vivienda","questions":[
              {"code":"material","text":"Material de las paredes","type":"SINGLE","required":true,"options":["Ladrillo","Madera","Otro"]},
              {"code":"personas","text":"Personas que duermen en la vivienda","type":"NUMBER","required":true},
              {"code":"llegada","text":"Fecha de llegada al barrio","type":"DATE","required":false},
              {"code":"servicios","text":"Servicios públicos","type":"MULTIPLE","required":false,"options":["Agua","Luz","Gas"]},
              {"code":"desplazado","text":"¿El hogar fue desplazado?","type":"YES_NO","required":true},
              {"code":"municipio_origen","text":"Municipio de origen","type":"TEXT","required":true,
               "showIf":{"question":"desplazado","equals":true}}]}]}""";

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "minga2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String form(String user, MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.with(httpBasic(user, "minga2026")).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String redirect(String user, MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r.with(httpBasic(user, "minga2026")).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    long newHousehold(String territoryCode) throws Exception {
        String body = mvc.perform(post("/api/v1/households").with(httpBasic("local.suba", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"11001\",\"territoryCode\":\"" + territoryCode
                        + "\",\"address\":\"Calle 1\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("id").asLong();
    }

    /** The message shown right after the field (inside the same question block), not only in the summary. */
    static void assertFieldError(String html, String field, String message) {
        Matcher m = Pattern.compile("id=\"q-" + field + "\".*?</div>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("question block " + field).isTrue();
        assertThat(m.group()).contains("class=\"field-error\"").contains(message.replace("'", "&#39;"));
    }

    long createInstrument(String code) throws Exception {
        String to = redirect("distrito", post("/instruments").param("jurisdiction", "11001").param("code", code)
                .param("name", "Vivienda " + code).param("subject", "HOUSEHOLD").param("definition", DEFINITION));
        return Long.parseLong(to.substring("/instruments/".length()));
    }

    @Test
    void characterisationFromTheHouseholdPageValidatesConditionsAndReadsAgainstItsVersion() throws Exception {
        String code = "VIV-" + System.nanoTime();
        long instrument = createInstrument(code);
        long h = newHousehold("B-SUBA-02");

        String chooser = page("campo.suba", "/households/" + h + "/characterizations/new");
        assertThat(chooser).contains("Vivienda " + code).contains("Caracterización del hogar (APS)");
        String blank = page("campo.suba", "/households/" + h + "/characterizations/new?instrumentId=" + instrument);
        assertThat(blank).contains("Material de las paredes").contains("type=\"date\"").contains("type=\"checkbox\"")
                .contains("data-show-if=\"desplazado\"").contains("data-show-value=\"true\"")
                .contains("/js/household.js")
                .contains("aria-required=\"true\"");

        // required answers missing, a bad number, and a question shown by its condition left empty
        String invalid = form("campo.suba", post("/households/" + h + "/characterizations")
                .param("instrumentId", String.valueOf(instrument)).param("a.personas", "muchas")
                .param("a.desplazado", "true").param("a.servicios", "Agua"));
        assertFieldError(invalid, "material", "La pregunta 'Material de las paredes' es obligatoria.");
        assertFieldError(invalid, "personas", "'muchas' no es un número.");
        assertFieldError(invalid, "municipio_origen", "La pregunta 'Municipio de origen' es obligatoria.");
        assertThat(invalid).contains("role=\"alert\"").contains("value=\"muchas\"");
        assertThat(jdbc.sql("select count(*) from characterization where household_id = :h").param("h", h)
                .query(Long.class).single()).isZero();

        // a hidden question's answer is not kept
        String saved = redirect("campo.suba", post("/households/" + h + "/characterizations")
                .param("instrumentId", String.valueOf(instrument)).param("answeredOn", "2026-01-15")
                .param("a.material", "Madera").param("a.personas", "5").param("a.llegada", "2019-03-01")
                .param("a.servicios", "Agua", "Luz").param("a.desplazado", "false")
                .param("a.municipio_origen", "Tumaco"));
        assertThat(saved).startsWith("/households/" + h + "#characterization-");
        Map<String, Object> row = jdbc.sql("""
                select v.number, c.answers::text as answers from characterization c
                join instrument_version v on v.id = c.instrument_version_id where c.household_id = :h""")
                .param("h", h).query().singleRow();
        assertThat(row.get("number")).isEqualTo(1);
        assertThat((String) row.get("answers")).contains("\"servicios\": [\"Agua\", \"Luz\"]")
                .contains("\"desplazado\": false")
                .doesNotContain("Tumaco");

        // a new version changes the text; the answers keep reading against version 1
        long version = jdbc.sql("select version from instrument where id = :i").param("i", instrument).query(Long.class)
                .single();
        redirect("distrito", post("/instruments/" + instrument + "/versions").param("version", String.valueOf(version))
                .param("definition", DEFINITION.replace("Material de las paredes", "Material predominante")));
        String household = page("campo.suba", "/households/" + h);
        assertThat(household).contains("Vivienda " + code + ", versión 1, del 2026-01-15")
                .contains("Material de las paredes")
                .contains("Agua, Luz").contains("Madera").contains("<dd>No</dd>").doesNotContain("Municipio de origen");
        long c = jdbc.sql("select id from characterization where household_id = :h").param("h", h).query(Long.class)
                .single();
        assertThat(page("campo.suba", "/characterizations/" + c)).contains("Material de las paredes").contains("5")
                .contains("2019-03-01");
        assertThat(page("campo.suba", "/households/" + h + "/characterizations/new?instrumentId=" + instrument))
                .contains("Material predominante").contains("versión 2");
    }

    @Test
    void savingACharacterisationRunsTheAlertRules() throws Exception {
        long h = newHousehold("B-SUBA-02");
        long hogar = jdbc.sql("""
                select i.id from instrument i join jurisdiction j on j.id = i.jurisdiction_id
                where j.code = '11001' and i.code = 'HOGAR-APS'""").query(Long.class).single();
        redirect("campo.suba",
                post("/households/" + h + "/characterizations").param("instrumentId", String.valueOf(hogar))
                        .param("a.tipo_vivienda", "Casa").param("a.agua_potable", "true")
                        .param("a.inseguridad_alimentaria", "7"));
        String page = page("campo.suba", "/households/" + h);
        assertThat(page).contains("Inseguridad alimentaria (FIES mayor que 4)")
                .contains("Puntaje de inseguridad alimentaria 7");
    }

    @Test
    void aFieldUserOfSubaCannotCharacteriseOrPlanForKennedy() throws Exception {
        long kennedy = jdbc.sql("select id from household where code = 'H-KEN-0001'").query(Long.class).single();
        mvc.perform(get("/households/" + kennedy + "/characterizations/new").with(httpBasic("campo.suba", "minga2026")))
                .andExpect(status().isForbidden());
        mvc.perform(
                post("/households/" + kennedy + "/care-plans").with(httpBasic("campo.suba", "minga2026")).with(csrf())
                        .param("need", "x").param("action", "y").param("responsibleType", "EQUIPO")
                        .param("responsibleName", "z")
                        .param("startOn", "2026-01-01").param("dueOn", "2026-02-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/households/" + kennedy + "/characterizations/new")
                .with(httpBasic("consulta.kennedy", "minga2026")))
                .andExpect(status().isForbidden());
    }

    @Test
    void carePlanIsCreatedFollowedAndClosedFromTheHouseholdPage() throws Exception {
        long h = newHousehold("B-SUBA-02");
        assertThat(page("campo.suba", "/households/" + h)).contains("Abrir un plan de cuidado");
        String invalid = form("campo.suba", post("/households/" + h + "/care-plans").param("need", "")
                .param("action", "Gestionar cita de control prenatal").param("responsibleType", "EQUIPO")
                .param("responsibleName", "EBE Suba 1").param("startOn", "2026-02-10").param("dueOn", "2026-02-01"));
        assertThat(invalid).contains("Describa la necesidad identificada.")
                .contains("La fecha límite no puede ser anterior a la de inicio.")
                .contains("value=\"Gestionar cita de control prenatal\"");
        String to = redirect("campo.suba", post("/households/" + h + "/care-plans").param("need", "Control prenatal")
                .param("action", "Gestionar cita de control prenatal").param("responsibleType", "EQUIPO")
                .param("responsibleName", "EBE Suba 1").param("startOn", "2026-01-10").param("dueOn", "2026-02-01")
                .param("status", "PENDIENTE"));
        assertThat(to).startsWith("/care-plans/");
        String plan = page("campo.suba", to);
        assertThat(plan).contains("Gestionar cita de control prenatal").contains("Equipo: EBE Suba 1")
                .contains("Plan activo").doesNotContain("ACTIVO");

        String badAction = form("campo.suba",
                post(to + "/actions").param("need", "Vacunación").param("action", "Completar esquema")
                        .param("responsibleType", "FAMILIA").param("responsibleName", "").param("startOn", "2026-01-10")
                        .param("dueOn", "2026-01-20"));
        assertThat(badAction).contains("Indique quién es responsable").contains("value=\"Completar esquema\"");
        redirect("campo.suba", post(to + "/actions").param("need", "Vacunación").param("action", "Completar esquema")
                .param("responsibleType", "FAMILIA").param("responsibleName", "Madre").param("startOn", "2026-01-10")
                .param("dueOn", "2026-01-20"));
        long action = jdbc.sql("select id from care_plan_action where care_plan_id = :p and need = 'Vacunación'")
                .param("p", Long.parseLong(to.substring("/care-plans/".length()))).query(Long.class).single();
        redirect("campo.suba", post(to + "/actions/" + action).param("status", "CUMPLIDA").param("version", "0"));

        String badVisit = form("campo.suba", post(to + "/visits").param("visitedOn", "2026-01-12").param("notes", ""));
        assertThat(badVisit).contains("Escriba lo observado y acordado en la visita.");
        redirect("campo.suba", post(to + "/visits").param("visitedOn", "2026-01-12")
                .param("notes", "Se aplicó la vacuna pendiente").param("nextVisitOn", "2026-02-12"));
        plan = page("campo.suba", to);
        assertThat(plan).contains("Completar esquema").contains("Familia: Madre")
                .contains("Se aplicó la vacuna pendiente")
                .contains("<option value=\"CUMPLIDA\" selected=\"selected\">Cumplida</option>");
        assertThat(page("campo.suba", "/households/" + h)).contains("Se aplicó la vacuna pendiente")
                .doesNotContain("Abrir un plan de cuidado");

        int version = jdbc.sql("select version from care_plan where id = :p")
                .param("p", Long.parseLong(to.substring("/care-plans/".length()))).query(Integer.class).single();
        redirect("campo.suba", post(to + "/close").param("version", String.valueOf(version)));
        plan = page("campo.suba", to);
        assertThat(plan).contains("Cerrado el ").contains("Plan cerrado").doesNotContain("Registrar una visita");
    }

    @Test
    void fieldTeamsAreCreatedAndEditedWithinTheUsersScope() throws Exception {
        String code = "EBE-T-" + (System.nanoTime() % 100000000);
        mvc.perform(get("/field-teams/new").with(httpBasic("campo.suba", "minga2026")))
                .andExpect(status().isForbidden());
        String invalid = form("local.suba", post("/field-teams").param("jurisdiction", "11001").param("code", code)
                .param("name", "").param("territoryCodes", "B-SUBA-02, B-KEN-01")
                .param("members", "Rosa Díaz; Enfermera\nSolo nombre"));
        assertThat(invalid).contains("El nombre del equipo es obligatorio").contains("está fuera de su alcance")
                .contains("Cada integrante necesita nombre y perfil").contains("Rosa Díaz; Enfermera");
        String to = redirect("local.suba", post("/field-teams").param("jurisdiction", "11001").param("code", code)
                .param("name", "Equipo de prueba").param("territoryCodes", "B-SUBA-02, B-SUBA-03")
                .param("members", "Rosa Díaz; Enfermera\nJuan Ortiz; Psicólogo; campo.suba"));
        long id = Long.parseLong(to.substring("/field-teams/".length()));
        assertThat(page("local.suba", "/field-teams")).contains("Equipo de prueba")
                .contains("Juan Ortiz · Psicólogo · campo.suba");

        String edit = page("local.suba", "/field-teams/" + id + "/edit");
        assertThat(edit).contains("value=\"Equipo de prueba\"").contains("B-SUBA-02, B-SUBA-03")
                .contains("Rosa Díaz; Enfermera");
        redirect("local.suba", post("/field-teams/" + id).param("version", "0").param("code", code)
                .param("name", "Equipo de prueba renombrado").param("territoryCodes", "B-SUBA-03")
                .param("members", "Rosa Díaz; Enfermera jefe"));
        String teams = page("local.suba", "/field-teams");
        assertThat(teams).contains("Equipo de prueba renombrado").contains("Rosa Díaz · Enfermera jefe")
                .doesNotContain("Juan Ortiz");
        assertThat(jdbc.sql("select count(*) from field_team_territory where team_id = :t").param("t", id)
                .query(Long.class).single()).isEqualTo(1);
        // a stale form is refused rather than overwriting
        mvc.perform(
                post("/field-teams/" + id).with(httpBasic("local.suba", "minga2026")).with(csrf()).param("version", "0")
                        .param("name", "Otro nombre").param("territoryCodes", "B-SUBA-03").param("members", ""))
                .andExpect(status().isConflict());
    }

    @Test
    void administratorsCreateInstrumentsAndPublishVersionsWithClearMessages() throws Exception {
        mvc.perform(get("/instruments").with(httpBasic("local.suba", "minga2026"))).andExpect(status().isForbidden());
        String code = "INS-" + System.nanoTime();
        String badJson = form("distrito", post("/instruments").param("jurisdiction", "11001").param("code", code)
                .param("name", "Prueba").param("subject", "HOUSEHOLD")
                .param("definition", "{\"sections\": [ {\"title\": }"));
        assertThat(badJson).contains("La definición no es un JSON válido (línea 1").contains("value=\"Prueba\"");
        String problems = form("distrito", post("/instruments").param("jurisdiction", "11001").param("code", code)
                .param("name", "Prueba").param("subject", "HOUSEHOLD").param("definition", DEFINITION
                        .replace("\"question\":\"desplazado\"", "\"question\":\"no_existe\"")
                        .replace("\"Ladrillo\",\"Madera\",", "")));
        assertThat(problems)
                .contains("Pregunta &#39;municipio_origen&#39;: la condición debe referirse a una pregunta anterior.")
                .contains("Pregunta &#39;material&#39;: una pregunta de selección necesita al menos dos opciones.");
        long id = createInstrument(code);
        String view = page("distrito", "/instruments/" + id);
        assertThat(view).contains("Material de las paredes").contains("Selección múltiple")
                .contains("desplazado = true")
                .contains("Publicar la versión 2").contains("&quot;code&quot; : &quot;material&quot;");
        assertThat(page("admin", "/instruments")).contains("Vivienda " + code);
        String bad = form("distrito", post("/instruments/" + id + "/versions").param("version", "0")
                .param("definition", "{\"sections\":[]}"));
        assertThat(bad).contains("El instrumento necesita al menos una sección con preguntas.");
        redirect("distrito", post("/instruments/" + id + "/versions").param("version", "0")
                .param("definition", DEFINITION.replace("Fecha de llegada al barrio", "Año de llegada")));
        assertThat(page("distrito", "/instruments/" + id)).contains("Año de llegada").contains("Publicar la versión 3");
        assertThat(page("distrito", "/instruments/" + id + "?version=1")).contains("Fecha de llegada al barrio");
    }

    @Test
    void alertRulesAreEditedAndReRunFromTheirPage() throws Exception {
        String code = "R-" + System.nanoTime();
        mvc.perform(post("/api/v1/alerts/rules").with(httpBasic("admin", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"11001\",\"code\":\"" + code + "\",\"name\":\"Puntaje de prueba\","
                        + "\"kind\":\"HOUSEHOLD_SCORE_ABOVE\",\"params\":{\"question\":\"prueba_" + System.nanoTime()
                        + "\",\"threshold\":3},\"severity\":\"BAJA\",\"dueDays\":10}"))
                .andExpect(status().isCreated());
        long id = jdbc.sql("select id from alert_rule where code = :c").param("c", code).query(Long.class).single();
        String list = page("admin", "/alerts/rules?jurisdiction=11001");
        assertThat(list).contains("Puntaje de prueba").contains("Umbral (se alerta por encima)")
                .contains("ADOLESCENTE-GESTANTE");
        String invalid = form("admin",
                post("/alerts/rules/" + id).param("version", "0").param("name", "Puntaje de prueba")
                        .param("p.question", "Pregunta Mala").param("p.threshold", "mucho").param("severity", "ALTA")
                        .param("dueDays", "400").param("active", "true"));
        Matcher m = Pattern.compile("id=\"rule-" + id + "\".*?</article>", Pattern.DOTALL).matcher(invalid);
        assertThat(m.find()).isTrue();
        assertThat(m.group()).contains("Umbral (se alerta por encima): &#39;mucho&#39; no es un número.")
                .contains("escriba el código de una pregunta")
                .contains("El plazo de atención debe estar entre 1 y 365 días.")
                .contains("value=\"mucho\"");
        redirect("admin", post("/alerts/rules/" + id).param("version", "0").param("name", "Puntaje de prueba editado")
                .param("p.question", "prueba_editada").param("p.threshold", "6").param("severity", "ALTA")
                .param("dueDays", "20"));
        Map<String, Object> row = jdbc
                .sql("select name, params::text as params, severity, due_days, active from alert_rule where id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("name", "Puntaje de prueba editado").containsEntry("severity", "ALTA")
                .containsEntry("due_days", 20).containsEntry("active", false);
        assertThat((String) row.get("params")).contains("\"threshold\": 6").contains("prueba_editada");
        assertThat(page("admin", "/alerts/rules?jurisdiction=11001")).contains("(inactiva)");
        assertThat(page("admin", "/alerts/rules")).contains("Reglas de alerta");

        mvc.perform(post("/alerts/rules/" + id).with(httpBasic("local.suba", "minga2026")).with(csrf())
                .param("version", "1")
                .param("name", "x").param("severity", "ALTA").param("dueDays", "2")).andExpect(status().isForbidden());
        assertThat(page("local.suba", "/alerts/rules")).contains("Volver a ejecutar las reglas")
                .doesNotContain("name=\"severity\"")
                .as("a reader sees each parameter by its name, not the stored map")
                .contains("Edad máxima (años, sin incluir): ").doesNotContain("maxAge");
        // the one-time message lives in the session (in PostgreSQL): the browser follows the redirect with its cookie
        var run = mvc.perform(post("/alerts/rules/run").param("jurisdiction", "11001")
                .with(httpBasic("local.suba", "minga2026")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        String ran = run.getRedirectedUrl();
        assertThat(ran).isEqualTo("/alerts/rules?jurisdiction=11001");
        String after = mvc.perform(get(ran).with(httpBasic("local.suba", "minga2026")).cookie(run.getCookies()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).containsPattern(
                "Las reglas se ejecutaron sobre los hogares de su alcance: \\d+ alerta\\(s\\) nueva\\(s\\)\\.");
    }
}
