package org.minga.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.FieldError;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 20, point 7: the bodies, fairs, dialogues or programmes that use a toolbox item are links to their records
 * (owned by governance, fair, participation and training), chosen with the same picker as what a programme
 * accompanies, shown by their names on the toolbox page; a record of another jurisdiction or of an unknown kind is
 * refused in Spanish on the field.
 */
@MingaTest
class TrainingToolboxTests extends TrainingTestBase {

    @Test
    void theToolboxPageShowsTheBodyFairAndDialogueThatUseAnItemByTheirNamesLinkedToTheirPages() throws Exception {
        long comision = id("select b.id from gov_body b where b.code = 'CIDSSB'");
        String comisionName = text("select name from gov_body where code = 'CIDSSB'");
        long fair = id("select id from fair where code like 'MAS-SUBA-%'");
        String fairName = text("select name from fair where code like 'MAS-SUBA-%'");
        long dialogue = id("select id from participation_space where code = 'redcade-2022-09'");
        String dialogueTitle = text("select title from participation_space where code = 'redcade-2022-09'");

        String page = api.send(get("/training/toolbox"), "distrito", null).text();
        String gsi = article(page, "Guía metodológica de la Gestión Social Integral");
        assertThat(gsi).contains("href=\"/governance/bodies/" + comision + "\"").contains(escaped(comisionName))
                .contains("href=\"/fairs/" + fair + "\"").contains(escaped(fairName)).contains("Instancia")
                .contains("Jornada de servicios").contains("Mesas de macrogestión");
        String protocol = article(page, "Protocolo de caracterización de hogares");
        assertThat(protocol).contains("href=\"/participation/spaces/" + dialogue + "\"")
                .contains(escaped(dialogueTitle)).contains("Diálogo ciudadano");

        JsonNode items = api.ok(get("/api/v1/toolbox").param("jurisdiction", "11001"), "distrito", null);
        Map<String, JsonNode> byCode = new HashMap<>();
        items.forEach(i -> byCode.put(i.get("code").asText(), i));
        assertThat(byCode.get("GUIA-GSI").get("uses").toString()).contains("\"kind\":\"body\"")
                .contains("\"id\":" + comision).contains(comisionName).contains("\"kind\":\"fair\"")
                .contains("\"kind\":\"training-programme\"");
        assertThat(byCode.get("PROT-CARACT").get("uses").get(0).get("title").asText()).isEqualTo(dialogueTitle);

        // per management level: the micro items without the macro guide
        String micro = api.send(get("/training/toolbox").param("level", "MICRO"), "distrito", null).text();
        assertThat(micro).contains("Protocolo de caracterización de hogares")
                .doesNotContain("Guía metodológica de la Gestión Social Integral");

        // the public page names who uses a public item, without links to pages that need a sign-in
        String open = api.send(get("/toolbox/public").param("jurisdiction", "11001"), null, null).text();
        assertThat(article(open, "Guía metodológica de la Gestión Social Integral")).contains(escaped(comisionName))
                .doesNotContain("href=\"/governance/bodies/");
    }

    @Test
    void usesChosenWithThePickerAreSavedAndAForeignRecordOrAnUnknownKindIsRefusedInSpanishOnTheField()
            throws Exception {
        long dialogue = id("select id from participation_space where code = 'redcade-2022-06'");
        String choices = api.send(get("/choices/training-toolbox-uses").param("q", "redcade manitas"), "local.suba",
                null).text();
        assertThat(choices).contains("data-value=\"dialogue:" + dialogue + "\"").contains("Diálogo ciudadano");
        assertThat(api.send(get("/choices/training-toolbox-uses").param("q", "redcade"), "consulta.kennedy", null)
                .status()).isEqualTo(403);

        long body = id("select id from gov_body where code = 'MLAPS-11'");
        String bodyName = text("select name from gov_body where code = 'MLAPS-11'");
        String s = TrainingCalls.suffix();
        MvcResult made = mvc.perform(post("/training/toolbox").with(httpBasic("distrito", "minga2026")).with(csrf())
                .param("jurisdiction", "11001").param("code", "T-TB-" + s).param("title", "Guía de prueba " + s)
                .param("kind", "GUIDE").param("level", "MICRO").param("process", "Participación")
                .param("uses", "body:" + body + ", dialogue:" + dialogue).param("usedByNote", "Colegios de Suba"))
                .andReturn();
        assertThat(made.getFlashMap().get("notice")).isEqualTo("Herramienta publicada.");
        String item = article(api.send(get("/training/toolbox"), "distrito", null).text(), "Guía de prueba " + s);
        assertThat(item).contains(escaped(bodyName)).contains("href=\"/governance/bodies/" + body + "\"")
                .contains("href=\"/participation/spaces/" + dialogue + "\"").contains("Colegios de Suba");

        long made2 = id("select id from toolbox_item where code = '" + "T-TB-" + s + "'");
        assertThat(api.ok(post("/api/v1/toolbox/" + made2 + "/versions"), "distrito",
                Map.of("changes", "Incluye la devolución en la Mesa Local.")).get("id").asInt()).isEqualTo(2);
        assertThat(article(api.send(get("/training/toolbox"), "distrito", null).text(), "Guía de prueba " + s))
                .contains("versión 2").contains("Incluye la devolución en la Mesa Local.");

        long cucutaBody = id("""
                select b.id from gov_body b join jurisdiction j on j.id = b.jurisdiction_id
                 where j.code = '54001' order by b.id limit 1""");
        Map<String, Object> c = new HashMap<>(Map.of("jurisdiction", "11001", "code", "T-TB2-" + s, "title",
                "Otra guía " + s, "kind", "GUIDE", "level", "MESO", "process", "Participación"));
        for (String wrong : List.of("body:" + cucutaBody, "curso:" + body, "Ninguna instancia con este nombre")) {
            c.put("uses", List.of("dialogue:" + dialogue, wrong));
            TrainingCalls.Answer refused = api.send(post("/api/v1/toolbox"), "distrito", c);
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.body().get("errors").toString()).as(wrong).contains("\"field\":\"uses\"")
                    .contains("No existe");
        }
        assertThat(jdbc.sql("select count(*) from toolbox_item where code = :c").param("c", "T-TB2-" + s)
                .query(Long.class).single()).isZero();

        long id = made2;
        TrainingCalls.Answer foreign = api.send(put("/api/v1/toolbox/" + id + "/uses"), "distrito",
                Map.of("uses", List.of("body:" + cucutaBody)));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body().get("errors").toString()).contains("\"field\":\"uses\"").contains("Bogotá");
        MvcResult page = mvc.perform(post("/training/toolbox/" + id + "/uses")
                .with(httpBasic("distrito", "minga2026")).with(csrf()).param("uses", "curso:" + body)).andReturn();
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) page.getFlashMap().get("errors");
        assertThat(errors).extracting(FieldError::field).containsExactly("uses");
        assertThat(errors.get(0).message()).startsWith("No existe en Bogotá");

        // a title typed without the picker is taken when it names one record; the note goes when left empty
        assertThat(api.send(put("/api/v1/toolbox/" + id + "/uses"), "distrito", Map.of("uses", List.of(bodyName)))
                .status()).isEqualTo(204);
        assertThat(jdbc.sql("select kind || ':' || record_id from toolbox_item_use where item_id = :i")
                .param("i", id).query(String.class).list()).containsExactly("body:" + body);
        assertThat(jdbc.sql("select coalesce(used_by, '-') from toolbox_item where id = :i").param("i", id)
                .query(String.class).single()).isEqualTo("-");
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String text(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }

    /** The article of the page that holds the item with this title. */
    static String article(String page, String title) {
        int at = page.indexOf(escaped(title));
        assertThat(at).as(title).isPositive();
        int start = page.lastIndexOf("<article", at);
        return page.substring(start, page.indexOf("</article>", at));
    }

    /** How Thymeleaf writes a text in HTML. */
    static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
