package org.minga.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;

/**
 * Capacity building as its users see it (issue 20): a certificate for who completes and none for who does not,
 * verified on the public page; the diversity of who attended as shares equal to the attendance regrouped, with no
 * person shown to a role that may read only figures; a team's gaps closing when a member completes.
 */
@MingaTest
class TrainingTests extends TrainingTestBase {

    @Test
    void whoCompletesGetsACertificateThatVerifiesOnThePublicPageAndWhoDoesNotGetsNone() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-CERT-" + s, "EXTRAMURAL_TEAMS");
        long programme = api.openProgramme("local.suba", "11", "T-CERT-" + s, capacity, 50, 60);
        long first = api.session("local.suba", programme, TrainingCalls.today().minusDays(7));
        long second = api.session("local.suba", programme, TrainingCalls.today().minusDays(1));
        long[] zoe = api.person("Zoë", "Nguyễn Ñandú", "F", null, "1990-05-01");
        long[] pedro = api.person("Pedro", "Sin Completar", "M", null, "1985-01-01");
        api.attend("local.suba", first, zoe[0], 5);
        api.attend("local.suba", second, zoe[0], 4);
        api.attend("local.suba", second, pedro[0], 3);
        assess(programme, zoe[0], 80);
        assess(programme, pedro[0], 90);

        long zoeP = api.participant(programme, zoe[0]);
        JsonNode done = api.ok(post("/api/v1/training-participants/" + zoeP + "/completion"), "local.suba", null);
        String code = done.get("certificateCode").asText();
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");

        // Pedro passed the test but attended only one session: after a third, one of three is below the 50 % asked
        api.session("local.suba", programme, TrainingCalls.today());
        long pedroP = api.participant(programme, pedro[0]);
        TrainingCalls.Answer refused = api.send(post("/api/v1/training-participants/" + pedroP + "/completion"),
                "local.suba", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("no completa el programa")
                .contains("Asistió a 1 de 3 sesiones");
        assertThat(api.send(get("/api/v1/training-participants/" + pedroP + "/certificate"), "local.suba", null)
                .status()).isEqualTo(404);

        // a third party, not signed in, checks the code: the name and the programme, nothing else of the person
        TrainingCalls.Answer check = api.send(get("/certificates/" + code), null, null);
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.text()).contains("Certificado válido").contains("Zoë Nguyễn Ñandú")
                .contains("Programa T-CERT-" + s).doesNotContain(String.valueOf(zoe[1])).doesNotContain("1990");
        assertThat(api.send(get("/certificates").param("code", code.toLowerCase(java.util.Locale.ROOT)), null, null)
                .text()).contains("Certificado válido");
        TrainingCalls.Answer unknown = api.send(get("/certificates/ZZZZ-ZZZZ-ZZZ2"), null, null);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.text()).contains("No existe un certificado").doesNotContain("Certificado válido");

        // the PDF: fonts embedded, the name as written, the code and where to verify it
        byte[] pdf = mvc.perform(get("/api/v1/training-participants/" + zoeP + "/certificate")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("local.suba", "minga2026")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Zoë Nguyễn Ñandú")
                    .contains(code).contains("/certificates/" + code);
        }
    }

    @Test
    void diversitySharesEqualTheAttendanceRegroupedAndAFiguresOnlyRoleSeesNoPerson() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-DIV-" + s, "COMMUNITY_AGENTS");
        long programme = api.openProgramme("distrito", "11001", "T-DIV-" + s, capacity, 80, null);
        long session = api.session("distrito", programme, TrainingCalls.today().minusDays(2));
        long[][] people = {api.person("Ana", "Diversa Uno", "F", "INDIGENA", "1960-03-03"),
                api.person("Berta", "Diversa Dos", "F", "INDIGENA", "2000-03-03"),
                api.person("Carla", "Diversa Tres", "F", null, "1980-03-03"),
                api.person("Daniel", "Diverso Cuatro", "M", "AFROCOLOMBIANA", "1999-03-03")};
        for (long[] p : people) {
            api.attend("distrito", session, p[0], 4);
        }
        long[] absent = api.person("Elena", "Convocada Ausente", "F", null, "1970-01-01");
        api.ok(post("/api/v1/training-programmes/" + programme + "/participants"), "distrito",
                Map.of("personId", absent[0]));

        JsonNode shares = api.ok(get("/api/v1/training-programmes/" + programme + "/diversity"), "consulta.kennedy",
                null);
        Map<String, Long> bySex = new HashMap<>();
        Map<String, Long> byEthnicity = new HashMap<>();
        for (JsonNode sh : shares) {
            if (sh.get("dimension").asText().equals("sexo")) {
                bySex.put(sh.get("value").asText(), sh.get("count").asLong());
            }
            if (sh.get("dimension").asText().equals("etnia")) {
                byEthnicity.put(sh.get("value").asText(), sh.get("count").asLong());
            }
        }
        // the same attendance, regrouped straight from the people who attended
        Map<String, Long> expected = new HashMap<>();
        jdbc.sql("""
                select p.sex, count(distinct p.id) from training_attendance a
                  join training_participant x on x.id = a.participant_id join person p on p.id = x.person_id
                 where x.programme_id = :prog group by p.sex""").param("prog", programme)
                .query((rs, n) -> expected.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(bySex).isEqualTo(expected).isEqualTo(Map.of("F", 3L, "M", 1L));
        assertThat(byEthnicity).isEqualTo(Map.of("INDIGENA", 2L, "AFROCOLOMBIANA", 1L, "no informado", 1L));
        assertThat(shares.toString()).contains("75.0").contains("25.0");

        // who may read only figures: the shares, never a list, a name or an id of a person
        assertThat(api.send(get("/api/v1/training-programmes/" + programme + "/participants"), "consulta.kennedy",
                null).status()).isEqualTo(403);
        assertThat(shares.toString()).doesNotContain("personId").doesNotContain("Diversa");
        String page = api.send(get("/training/programmes/" + programme), "consulta.kennedy", null).text();
        assertThat(page).contains("Diversidad de quienes asistieron").contains("Indígena");
        for (String name : List.of("Ana", "Berta", "Carla", "Daniel", "Elena", "Diversa", "Diverso")) {
            assertThat(page).doesNotContain(name);
        }
        assertThat(api.send(get("/api/v1/capacities/holdings").param("person", String.valueOf(people[0][0])),
                "consulta.kennedy", null).status()).isEqualTo(403);
        // who may read personal data sees them
        assertThat(api.send(get("/training/programmes/" + programme), "distrito", null).text())
                .contains("Ana Diversa Uno");
    }

    @Test
    void aTeamsCapacityGapClosesWhenItsMemberCompletesAProgramme() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-GAP-" + s, "SURVEYORS");
        long team = api.ok(post("/api/v1/capacities/teams"), "local.suba", Map.of("jurisdiction", "11001",
                "territory", "11", "code", "T-TEAM-" + s, "name", "Encuestadores de prueba", "audience",
                "encuestadores")).get("id").asLong();
        long[] member = api.person("Fabio", "Encuestador", "M", null, "1995-05-05");
        api.ok(post("/api/v1/capacities/teams/" + team + "/members"), "local.suba", Map.of("personId", member[0]));
        api.ok(post("/api/v1/capacities/teams/" + team + "/members"), "local.suba",
                Map.of("username", "campo.suba", "name", "Equipo de campo Suba"));
        assertThat(lacking(team, capacity)).isEqualTo(2);

        long programme = api.openProgramme("local.suba", "11", "T-GAP-" + s, capacity, 100, null);
        long session = api.session("local.suba", programme, TrainingCalls.today());
        api.attend("local.suba", session, member[0], null);
        api.ok(post("/api/v1/training-participants/" + api.participant(programme, member[0]) + "/completion"),
                "local.suba", null);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(lacking(team, capacity)).isEqualTo(1));
        JsonNode holdings = api.ok(get("/api/v1/capacities/holdings").param("person", String.valueOf(member[0])),
                "local.suba", null);
        assertThat(holdings.toString()).contains(capacity).contains("T-GAP-" + s);
        assertThat(api.send(get("/training/capacities"), "local.suba", null).text()).contains("T-TEAM-" + s)
                .contains("1 de 2 miembros sin la capacidad");
    }

    @Test
    void technicalAssistanceListsPriorityTerritoriesFirstAndEveryPageRendersInWords() throws Exception {
        JsonNode rows = api.ok(get("/api/v1/technical-assistance").param("jurisdiction", "11001"), "distrito", null);
        assertThat(rows.size()).isPositive();
        Integer previous = null;
        boolean unranked = false;
        for (JsonNode r : rows) {
            if (r.get("priorityRank").isNull()) {
                unranked = true;
                continue;
            }
            assertThat(unranked).as("a ranked territory after an unranked one: " + rows).isFalse();
            int rank = r.get("priorityRank").asInt();
            assertThat(previous == null || previous <= rank).as(rows.toString()).isTrue();
            previous = rank;
        }
        assertThat(previous).as("the demo's assistance lies in prioritised territories").isNotNull();

        for (String user : List.of("distrito", "local.suba", "consulta.kennedy", "evaluador")) {
            for (String page : List.of("/training", "/training/capacities", "/training/assistance",
                    "/training/toolbox")) {
                TrainingCalls.Answer a = api.send(get(page), user, null);
                assertThat(a.status()).as(user + " " + page).isEqualTo(200);
                assertThat(a.text()).as(user + " " + page).doesNotContain("??").doesNotContain(">EXTRAMURAL_TEAMS<");
            }
        }
        String toolbox = api.send(get("/toolbox/public").param("jurisdiction", "11001"), null, null).text();
        assertThat(toolbox).contains("Guía metodológica de la Gestión Social Integral").contains("versión 2")
                .doesNotContain("Protocolo de caracterización de hogares");
        assertThat(api.send(get("/training"), null, null).status()).isIn(302, 401);
    }

    /** Issue 20, point 10: the demo's trainings, technical assistance and toolbox, as their pages show them. */
    @Test
    void theDemoHoldsTheTrainingsTheAssistanceAndTheToolboxTheIssueNames() throws Exception {
        String[][] programmes = {{"11001", "EBE-MAS-2026", "distrito", "equipos básicos extramurales"},
                {"11001", "REDCADE-2026", "distrito", "RedCADE"}, {"05601", "ENC-PLADECO", "admin", "encuestadores"}};
        for (String[] p : programmes) {
            long id = jdbc.sql("""
                    select g.id from training_programme g join jurisdiction j on j.id = g.jurisdiction_id
                     where j.code = :j and g.code = :c""").param("j", p[0]).param("c", p[1]).query(Long.class)
                    .single();
            assertThat(api.send(get("/training/programmes/" + id), p[2], null).text()).as(p[1]).contains(p[3]);
            if (p[1].equals("EBE-MAS-2026")) {
                JsonNode people = api.ok(get("/api/v1/training-programmes/" + id + "/participants"), "distrito", null);
                assertThat(people).anyMatch(x -> x.hasNonNull("certificateCode"))
                        .anyMatch(x -> !x.hasNonNull("certificateCode"));
            }
        }
        assertThat(api.send(get("/training/assistance").param("jurisdiction", "11001"), "distrito", null).text())
                .contains("Sumapaz");
        assertThat(api.send(get("/training/assistance").param("jurisdiction", "54001"), "admin", null).text())
                .contains("Buena Esperanza");
        String toolbox = api.send(get("/training/toolbox").param("jurisdiction", "11001"), "distrito", null).text();
        for (String title : List.of("Guía metodológica de la Gestión Social Integral",
                "Protocolo de caracterización de hogares",
                "Anexo técnico: lineamientos de los equipos básicos extramurales",
                "Guía para diálogos ciudadanos y devolución", "Material promocional Barrios con Bienestar")) {
            assertThat(toolbox).contains(title);
        }
    }

    private long lacking(long team, String capacity) throws Exception {
        for (JsonNode g : api.ok(get("/api/v1/capacities/teams/" + team), "local.suba", null).get("gaps")) {
            if (g.get("capacityCode").asText().equals(capacity)) {
                return g.get("lacking").asLong();
            }
        }
        throw new AssertionError("no gap row for " + capacity);
    }

    private void assess(long programme, long person, int scoreAfter) throws Exception {
        api.ok(post("/api/v1/training-participants/" + api.participant(programme, person) + "/assessment"),
                "local.suba", Map.of("scoreBefore", 40, "scoreAfter", scoreAfter));
    }
}
