package org.minga.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.governance.internal.GovernanceTestAccess;
import org.minga.platform.CurrentUser;
import org.minga.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Governance through the API and the pages, on the demo data of Bogotá. */
@MingaTest
class GovernanceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Barriers barriers;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    JsonNode call(MockHttpServletRequestBuilder req, String user, Object body, int expected) throws Exception {
        req = req.with(httpBasic(user, "minga2026"));
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        String out = mvc.perform(req).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return out.isEmpty() ? null : json.readTree(out);
    }

    long bodyId(String code) {
        return jdbc.sql("select id from gov_body where code = :c").param("c", code).query(Long.class).single();
    }

    /** A fresh local table in Suba under the Zona Norte table, with two members, so tests do not share state. */
    long newSubaTable() throws Exception {
        JsonNode b = call(post("/api/v1/bodies"), "local.suba",
                Map.of("code", unique("ML"), "template", "LOCAL_APS_TABLE",
                        "templateActorCode", "SDS", "territoryCode", "11", "parentCode", "MCT-ZN"),
                201);
        return b.get("id").asLong();
    }

    long newSession(long body) throws Exception {
        return call(post("/api/v1/sessions"), "local.suba", Map.of("bodyId", body, "startsAt", "2026-02-05T09:00:00",
                "place", "Alcaldía Local de Suba"), 201).get("id").asLong();
    }

    @Test
    void aLocalTableCreatedFromTheTemplateHasTheSeatsOfSeed004AndTheAgendaReviewsOpenCommitments() throws Exception {
        long body = newSubaTable();
        JsonNode detail = call(get("/api/v1/bodies/" + body), "local.suba", null, 200);
        List<String> positions = new ArrayList<>();
        detail.get("members").forEach(m -> positions.add(m.get("position").asText()));
        assertThat(positions).contains("Líder local de APSocial", "Líder PIC", "Delegado/a de EPS");
        assertThat(detail.get("members").get(0).get("role").asText()).isEqualTo("LEADS");
        assertThat(detail.at("/body/level").asText()).isEqualTo("MICRO");
        JsonNode s = call(get("/api/v1/sessions/" + newSession(body)), "local.suba", null, 200);
        assertThat(s.at("/session/agenda").asText()).startsWith("1. Seguimiento a los compromisos abiertos");
        // a zonal table is meso and cannot sit under a local table
        JsonNode bad = call(post("/api/v1/bodies"), "zona.norte",
                Map.of("code", unique("MZ"), "template", "TECHNICAL_COORDINATION_TABLE",
                        "templateActorCode", "SDS", "territoryCode", "ZN", "parentCode", "MLAPS-11"),
                400);
        assertThat(bad.toString()).contains("parentCode");
    }

    @Test
    void aClosedSessionCannotBeEditedThroughTheApiOrThePage() throws Exception {
        long body = newSubaTable();
        long session = newSession(body);
        JsonNode detail = call(get("/api/v1/sessions/" + session), "local.suba", null, 200);
        Map<String, String> attendance = new HashMap<>();
        detail.get("attendance").forEach(l -> attendance.put(l.at("/member/id").asText(), "presente"));
        int v = call(put("/api/v1/sessions/" + session + "/attendance"), "local.suba",
                Map.of("attendance", attendance, "version", detail.at("/session/version").asInt()), 200).get("version")
                        .asInt();
        v = call(put("/api/v1/sessions/" + session + "/minutes"), "local.suba",
                Map.of("minutes", "Se revisaron los compromisos.", "decisions", "Ninguna", "version", v), 200)
                        .get("version").asInt();
        JsonNode closed = call(post("/api/v1/sessions/" + session + "/approve"), "local.suba", Map.of("version", v),
                200);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        int cv = closed.get("version").asInt();

        JsonNode refused = call(put("/api/v1/sessions/" + session + "/minutes"), "local.suba",
                Map.of("minutes", "Cambio tardío", "version", cv), 409);
        assertThat(refused.get("detail").asText()).contains("está cerrada");
        call(post("/api/v1/commitments"), "local.suba", Map.of("bodyId", body, "sessionId", session, "title", "Tarde",
                "responsibleActorCode", "SDS", "dueDate", "2026-12-01"), 409);

        // the page shows the closed notice, offers no form, and a forged post is refused with a message
        mvc.perform(get("/governance/sessions/" + session).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sesión cerrada")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"minutes\""))));
        mvc.perform(post("/governance/sessions/" + session + "/minutes").with(httpBasic("local.suba", "minga2026"))
                .with(csrf())
                .param("minutes", "Cambio tardío").param("version", String.valueOf(cv)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("está cerrada")));
        String stored = jdbc.sql("select minutes from gov_session where id = :s").param("s", session)
                .query(String.class).single();
        assertThat(stored).isEqualTo("Se revisaron los compromisos.");
    }

    @Test
    void twoPeopleEditingTheSameMinutesDoNotOverwriteEachOther() throws Exception {
        long session = newSession(newSubaTable());
        int read = call(get("/api/v1/sessions/" + session), "local.suba", null, 200).at("/session/version").asInt();
        call(put("/api/v1/sessions/" + session + "/minutes"), "local.suba",
                Map.of("minutes", "Versión de Ana", "version", read), 200);
        JsonNode stale = call(put("/api/v1/sessions/" + session + "/minutes"), "zona.norte",
                Map.of("minutes", "Versión de Luis", "version", read), 409);
        assertThat(stale.get("detail").asText()).contains("Otra persona guardó el acta");
        // on the page the second person keeps what they typed and sees the stored minutes
        mvc.perform(post("/governance/sessions/" + session + "/minutes").with(httpBasic("zona.norte", "minga2026"))
                .with(csrf())
                .param("minutes", "Versión de Luis").param("version", String.valueOf(read)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Otra persona guardó el acta")))
                .andExpect(content().string(containsString("Versión de Luis")))
                .andExpect(content().string(containsString("Versión de Ana")));
        assertThat(jdbc.sql("select minutes from gov_session where id = :s").param("s", session).query(String.class)
                .single())
                        .isEqualTo("Versión de Ana");
    }

    @Test
    void anEscalationFromTheSubaTableReachesZonaNorteThenTheComisionAndTheDecisionIsVisibleAtSuba() throws Exception {
        long suba = bodyId("MLAPS-11");
        JsonNode b = call(post("/api/v1/barriers"), "local.suba", Map.of("bodyId", suba, "type", "presupuestal",
                "title", unique("Sin recursos para transporte de equipos básicos")), 201);
        long id = b.get("id").asLong();
        assertThat(b.get("currentBodyName").asText()).isEqualTo(b.get("originBodyName").asText());
        // the local team cannot decide it once it is at the zonal table
        b = call(post("/api/v1/barriers/" + id + "/escalate"), "local.suba",
                Map.of("note", "Supera la mesa local", "version", b.get("version").asInt()), 200);
        assertThat(b.get("currentBodyId").asLong()).isEqualTo(bodyId("MCT-ZN"));
        assertThat(b.get("status").asText()).isEqualTo("ESCALATED");
        call(post("/api/v1/barriers/" + id + "/resolve"), "local.suba",
                Map.of("note", "x", "version", b.get("version").asInt()), 403);
        b = call(post("/api/v1/barriers/" + id + "/escalate"), "zona.norte",
                Map.of("note", "Requiere decisión presupuestal distrital", "version", b.get("version").asInt()), 200);
        assertThat(b.get("currentBodyId").asLong()).isEqualTo(bodyId("CIDSSB"));
        eventually(() -> assertThat(jdbc.sql(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'distrito' and n.dedup_key = :k")
                .param("k", "barrier:" + id + ":to:" + bodyId("CIDSSB")).query(Long.class).single()).isEqualTo(1));
        call(post("/api/v1/barriers/" + id + "/resolve"), "distrito",
                Map.of("note", "Se asigna presupuesto de transporte desde la SDS", "version", b.get("version").asInt()),
                200);

        JsonNode atSuba = call(get("/api/v1/barriers?body=" + suba), "local.suba", null, 200);
        JsonNode mine = null;
        for (JsonNode x : atSuba.get("items")) {
            if (x.get("id").asLong() == id) {
                mine = x;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(mine.get("decision").asText()).isEqualTo("Se asigna presupuesto de transporte desde la SDS");
        JsonNode trail = call(get("/api/v1/escalations?barrier=" + id), "local.suba", null, 200);
        assertThat(trail.get("total").asInt()).isEqualTo(4);
        mvc.perform(get("/governance/bodies/" + suba).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Se asigna presupuesto de transporte desde la SDS")));
        mvc.perform(get("/governance/barriers/" + id).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Requiere decisión presupuestal distrital")));
    }

    @Test
    void aZonalUserSeesTheLocalTablesOfTheirZoneAndNotThoseOfAnotherZone() throws Exception {
        JsonNode micro = call(get("/api/v1/bodies?level=micro&size=100"), "zona.norte", null, 200);
        List<String> codes = new ArrayList<>();
        micro.get("items").forEach(b -> codes.add(b.get("code").asText()));
        assertThat(codes).contains("MLAPS-11").doesNotContain("MLAPS-08");
        call(get("/api/v1/bodies/" + bodyId("MLAPS-08")), "zona.norte", null, 404);
        // they also see the Comisión their escalations go to, and no other zone's table
        JsonNode all = call(get("/api/v1/bodies?size=100"), "zona.norte", null, 200);
        List<String> visible = new ArrayList<>();
        all.get("items").forEach(b -> visible.add(b.get("code").asText()));
        assertThat(visible).contains("CIDSSB", "MCT-ZN").doesNotContain("MCT-ZS", "MCT-ZSO");
        mvc.perform(get("/governance").with(httpBasic("zona.norte", "minga2026"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mesa Local APS Suba")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Mesa Local APS Kennedy"))));
    }

    @Test
    void aTerritorySeesItsOpenAndOverdueCommitmentsOnAPage() throws Exception {
        long suba = jdbc.sql(
                "select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id where j.code = '11001' and t.code = '11'")
                .query(Long.class).single();
        long kennedy = jdbc.sql(
                "select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id where j.code = '11001' and t.code = '08'")
                .query(Long.class).single();
        long overdue = jdbc
                .sql("""
                        select count(*) from gov_commitment c where c.territory_path like (select path from territory where id = :t) || '%'
                          and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.due_date < current_date - 3""")
                .param("t", suba).query(Long.class).single();
        assertThat(overdue).as("the demo has overdue commitments in Suba").isPositive();
        String page = mvc
                .perform(get("/governance/territories/" + suba + "/commitments?filter=overdue")
                        .with(httpBasic("zona.norte", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Compromisos en Suba").contains("Vencidos");
        mvc.perform(get("/governance/territories/" + suba + "/commitments").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk());
        mvc.perform(
                get("/governance/territories/" + kennedy + "/commitments").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/governance/measures").with(httpBasic("zona.norte", "minga2026"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/governance/territories/" + suba + "/commitments")));
    }

    @Test
    void theDailyJobMarksCommitmentsOverdueAcrossTheHolidayWeekendAndNotifiesOnce() throws Exception {
        long body = newSubaTable();
        long user = jdbc.sql("select id from app_user where username = 'local.suba'").query(Long.class).single();
        JsonNode c = call(post("/api/v1/commitments"), "local.suba", Map.of("bodyId", body, "title", unique("Informe"),
                "responsibleActorCode", "SDIS", "responsibleUsername", "local.suba", "coResponsibleActorCodes",
                List.of("SED"),
                "dueDate", "2025-03-21"), 201);
        long id = c.get("id").asLong();
        assertThat(c.get("sectors").toString()).contains("SOCIAL_WELFARE", "EDUCATION");
        eventually(() -> assertThat(jdbc.sql("select count(*) from notification where user_id = :u and dedup_key = :k")
                .param("u", user).param("k", "commitment:" + id + ":assigned").query(Long.class).single())
                        .isEqualTo(1));
        // as if today were before the due date passed: put it back to pending and run the job day by day
        jdbc.sql("update gov_commitment set status = 'PENDING' where id = :id").param("id", id).update();
        CommitmentService_ job = new CommitmentService_(jdbc);
        for (String day : List.of("2025-03-22", "2025-03-23", "2025-03-24")) {
            job.run(LocalDate.parse(day));
            assertThat(job.status(id)).as(day).isEqualTo("PENDING");
        }
        job.run(LocalDate.parse("2025-03-25"));
        assertThat(job.status(id)).isEqualTo("OVERDUE");
        job.run(LocalDate.parse("2025-03-26"));
        assertThat(jdbc.sql("select count(*) from notification where user_id = :u and dedup_key = :k").param("u", user)
                .param("k", "commitment:" + id + ":overdue").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select body from notification where user_id = :u and dedup_key in (:k)").param("u", user)
                .param("k", List.of("commitment:" + id + ":assigned", "commitment:" + id + ":overdue"))
                .query(String.class).list()).as("dates as people write them")
                        .allSatisfy(text -> assertThat(text).contains("21/03/2025").doesNotContain("2025-03-21"));
        JsonNode mine = call(get("/api/v1/commitments?mine=true&size=500"), "local.suba", null, 200);
        assertThat(mine.toString()).contains("\"id\":" + id + ",");
        JsonNode overdue = call(get("/api/v1/commitments?body=" + body + "&filter=overdue"), "local.suba", null, 200);
        assertThat(overdue.get("total").asInt()).isEqualTo(1);
        // the body's measures reach API clients flat: intentionality's share, then intensity's figures
        JsonNode measures = call(get("/api/v1/bodies/" + body), "local.suba", null, 200).get("measures");
        assertThat(measures.get("commitments").asInt()).isEqualTo(1);
        assertThat(measures.get("intentionality").isNumber()).isTrue();
        assertThat(measures.get("sectorsPerCommitment").asDouble()).isPositive();
        assertThat(measures.get("fulfilment").asDouble()).isZero();
        assertThat(measures.has("intensity")).isFalse();
        mvc.perform(get("/governance/commitments").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.get("title").asText())));
    }

    /** Runs the package-private daily job of the Bogotá jurisdiction through its public service. */
    final class CommitmentService_ {
        private final JdbcClient jdbc;

        CommitmentService_(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        void run(LocalDate day) {
            GovernanceTestAccess.daily(context, "11001", day);
        }

        String status(long id) {
            return jdbc.sql("select status from gov_commitment where id = :id").param("id", id).query(String.class)
                    .single();
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void demoDataGivesMisCompromisosToTheDemoUsersAndADecidedBarrierWithItsTrail() throws Exception {
        for (String u : List.of("local.suba", "zona.norte", "distrito")) {
            assertThat(call(get("/api/v1/commitments?mine=true&filter=all"), u, null, 200).get("total").asInt()).as(u)
                    .isPositive();
        }
        assertThat(jdbc.sql("select count(*) from gov_body where code like 'MLAPS-%'").query(Long.class).single())
                .isEqualTo(20);
        assertThat(jdbc.sql("select count(distinct status) from gov_commitment").query(Long.class).single())
                .isEqualTo(5);
        Long decided = jdbc.sql("""
                select x.id from gov_barrier x join gov_body o on o.id = x.origin_body_id
                where o.code = 'MLAPS-11' and x.status = 'RESOLVED' and x.source is null
                  and (select count(*) from gov_escalation e where e.barrier_id = x.id and e.action = 'ESCALATED') = 2
                order by x.id limit 1""").query(Long.class).single();
        assertThat(decided).isNotNull();
    }

    @Test
    void theActaExportsAsPdfAndTheCalendarAsICalendar() throws Exception {
        long session = jdbc.sql(
                "select s.id from gov_session s join gov_body b on b.id = s.body_id where b.code = 'MLAPS-11' and s.status = 'CLOSED' limit 1")
                .query(Long.class).single();
        byte[] pdf = mvc
                .perform(get("/api/v1/sessions/" + session + "/acta.pdf").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String ics = mvc
                .perform(get("/governance/bodies/" + bodyId("CIDSSB") + "/calendar.ics")
                        .with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VEVENT", "TZID=America/Bogota", "DTSTAMP:");
    }

    @Test
    void anotherModuleRaisesABarrierAtTheLocalTableOfTheTerritory() {
        long j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        long upz = jdbc.sql(
                "select t.id from territory t join territory p on p.id = t.parent_id where p.code = '11' and p.jurisdiction_id = :j limit 1")
                .param("j", j).query(Long.class).single();
        assertThat(barriers.localBodyFor(upz)).contains(bodyId("MLAPS-11"));
        CurrentUser system = new CurrentUser(0, "referral", "Canalizaciones", Role.ADMINISTRATOR, null, null);
        long id = barriers
                .raise(new RaiseBarrier(j, upz, null, BarrierType.ACCESS, "Canalizaciones vencidas por falta de cupos",
                        "Tres canalizaciones sin respuesta", List.of(), "referral", "referrals 12, 15"), system);
        assertThat(jdbc.sql("select origin_body_id from gov_barrier where id = :id").param("id", id).query(Long.class)
                .single())
                        .isEqualTo(bodyId("MLAPS-11"));
        assertThat(jdbc.sql("select source_reference from gov_barrier where id = :id").param("id", id)
                .query(String.class).single())
                        .isEqualTo("referrals 12, 15");
    }

    @Test
    void pagesRender() throws Exception {
        for (String path : List.of("/governance", "/governance/commitments", "/governance/barriers",
                "/governance/exercises",
                "/governance/measures", "/governance/bodies/" + bodyId("MLAPS-11"),
                "/governance/bodies/" + bodyId("CIDSSB"))) {
            mvc.perform(get(path).with(httpBasic("local.suba", "minga2026"))).andExpect(status().isOk());
        }
        long ex = jdbc.sql("select id from gov_exercise where code = 'EJD-SUBA-RINCON'").query(Long.class).single();
        mvc.perform(get("/governance/exercises/" + ex).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hogares priorizados caracterizados")));
    }

    @Test
    void aBodyEditedOnAStaleVersionIsRefusedAndTheFormsOfTheBodyPageWork() throws Exception {
        long body = newSubaTable();
        JsonNode b = call(get("/api/v1/bodies/" + body), "local.suba", null, 200).get("body");
        Map<String, Object> form = new HashMap<>();
        form.put("code", b.get("code").asText());
        form.put("name", "Mesa local renombrada");
        form.put("type", "LOCAL_APS_TABLE");
        form.put("level", "MICRO");
        form.put("periodicity", "MONTHLY");
        form.put("territoryCode", "11");
        form.put("parentCode", "MCT-ZN");
        form.put("version", b.get("version").asInt());
        call(put("/api/v1/bodies/" + body), "local.suba", form, 200);
        form.put("name", "Otro nombre");
        assertThat(call(put("/api/v1/bodies/" + body), "local.suba", form, 409).get("detail").asText())
                .contains("Otra persona");
        // pages: a member removed no longer counts; a session programmed on the page opens with the review item
        long member = call(get("/api/v1/bodies/" + body), "local.suba", null, 200).at("/members/0/id").asLong();
        mvc.perform(post("/governance/bodies/" + body + "/members/" + member + "/remove")
                .with(httpBasic("local.suba", "minga2026")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(call(get("/api/v1/bodies/" + body), "local.suba", null, 200).get("members").toString())
                .doesNotContain("\"id\":" + member + ",");
        mvc.perform(
                post("/governance/bodies/" + body + "/sessions").with(httpBasic("local.suba", "minga2026")).with(csrf())
                        .param("startsAt", "2026-06-01T09:00").param("agenda", "2. Varios"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select agenda from gov_session where body_id = :b").param("b", body).query(String.class)
                .single())
                        .startsWith("1. Seguimiento a los compromisos abiertos").endsWith("2. Varios");
        // a read-only user cannot write
        mvc.perform(post("/governance/bodies/" + body + "/sessions").with(httpBasic("consulta.kennedy", "minga2026"))
                .with(csrf())
                .param("startsAt", "2026-06-01T09:00")).andExpect(status().isForbidden());
    }

    @Autowired
    List<org.minga.practice.EvidenceSource> evidenceSources;

    @Test
    void aGoodPracticeLinkedToABodyShowsItsLiveFigures() throws Exception {
        org.minga.practice.EvidenceSource source = evidenceSources.stream().filter(e -> e.linkType().equals("body"))
                .findFirst().orElseThrow();
        long j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        var evidence = source.figures(j, "MLAPS-11").orElseThrow();
        assertThat(evidence.title()).isEqualTo("Mesa Local APS Suba");
        assertThat(evidence.figures()).extracting(org.minga.practice.EvidenceSource.Figure::label)
                .contains("Integrantes", "Compromisos vencidos");
        assertThat(source.figures(j, "NO-EXISTE")).isEmpty();
        // follow-up notes tie to the session where the commitment was reviewed
        long c = jdbc.sql(
                "select c.id from gov_commitment c join gov_body b on b.id = c.body_id where b.code = 'MLAPS-11' and c.status = 'IN_PROGRESS' limit 1")
                .query(Long.class).single();
        long s = jdbc.sql(
                "select s.id from gov_session s join gov_body b on b.id = s.body_id where b.code = 'MLAPS-11' order by s.id limit 1")
                .query(Long.class).single();
        int v = call(get("/api/v1/commitments/" + c), "local.suba", null, 200).at("/commitment/version").asInt();
        call(post("/api/v1/commitments/" + c + "/progress"), "local.suba",
                Map.of("progress", 70, "note", "Revisado: 70 %",
                        "sessionId", s, "version", v),
                200);
        mvc.perform(get("/governance/commitments/" + c).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revisado: 70 %")))
                .andExpect(content().string(containsString("/governance/sessions/" + s)));
    }

    @Test
    void membersWithAnAccountAreConvenedWithTheAgendaAndReceiveTheApprovedActa() throws Exception {
        long body = newSubaTable();
        call(post("/api/v1/bodies/" + body + "/members"), "local.suba", Map.of("actorCode", "SDS",
                "personName", "Zonal Norte", "position", "Enlace zonal", "username", "zona.norte", "role", "MEMBER"),
                201);
        LocalDate day = LocalDate.now(java.time.ZoneId.of("America/Bogota")).plusDays(10);
        long ahead = call(post("/api/v1/sessions"), "local.suba", Map.of("bodyId", body, "startsAt", day + "T09:00:00",
                "place", "Alcaldía Local de Suba"), 201).get("id").asLong();
        List<String> titles = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                        select n.title || ' | ' || n.body from notification n join app_user u on u.id = n.user_id
                        where u.username = 'zona.norte' and n.link = :l order by n.id""")
                        .param("l", "/governance/sessions/" + ahead).query(String.class).list(), l -> !l.isEmpty());
        assertThat(titles).hasSize(1);
        assertThat(titles.get(0)).startsWith("Convocatoria: sesión 1 de ")
                .contains(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + " 09:00 (hora de America/Bogota)")
                .contains("Alcaldía Local de Suba").contains("1. Seguimiento a los compromisos abiertos");
        // its acta cannot be approved before the session takes place
        JsonNode early = call(post("/api/v1/sessions/" + ahead + "/approve"), "local.suba",
                Map.of("version",
                        call(get("/api/v1/sessions/" + ahead), "local.suba", null, 200).at("/session/version").asInt()),
                400);
        assertThat(early.toString()).contains("startsAt").contains("su acta se aprueba después de realizada");

        // a session recorded after it took place convenes nobody; its approved acta reaches the members
        long session = newSession(body);
        // once the reaction to its convocation has run (Spring Modulith's registry marks it completed)
        eventually(() -> assertThat(jdbc.sql("""
                select count(*) from event_publication where listener_id like '%SessionNotifications.convened%'
                  and completion_date is not null and serialized_event like :s""")
                .param("s", "%\"sessionId\":" + session + "}%").query(Long.class).single()).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from notification where link = :l and kind = 'session.convened'")
                .param("l", "/governance/sessions/" + session).query(Long.class).single()).isZero();
        JsonNode detail = call(get("/api/v1/sessions/" + session), "local.suba", null, 200);
        Map<String, String> attendance = new HashMap<>();
        detail.get("attendance").forEach(l -> attendance.put(l.at("/member/id").asText(), "presente"));
        int v = call(put("/api/v1/sessions/" + session + "/attendance"), "local.suba",
                Map.of("attendance", attendance, "version", detail.at("/session/version").asInt()), 200).get("version")
                        .asInt();
        v = call(put("/api/v1/sessions/" + session + "/minutes"), "local.suba",
                Map.of("minutes", "Se acordó la jornada de vacunación.", "version", v), 200).get("version").asInt();
        call(post("/api/v1/sessions/" + session + "/approve"), "local.suba", Map.of("version", v), 200);
        eventually(() -> assertThat(jdbc.sql("""
                select n.body from notification n join app_user u on u.id = n.user_id
                where u.username = 'zona.norte' and n.kind = 'session.acta-approved' and n.link = :l""")
                .param("l", "/governance/sessions/" + session).query(String.class).single())
                        .contains("Se acordó la jornada de vacunación."));
    }

    /**
     * Governance's reactions (notifications of commitments, barriers and sessions) run after the change commits,
     * through Spring Modulith's event publication registry: what they write is awaited, at most ten seconds.
     */
    static void eventually(org.awaitility.core.ThrowingRunnable assertion) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(assertion);
    }
}
