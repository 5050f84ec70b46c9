package org.minga.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Referrals end to end: creation checks, the closed loop between sender and entity, visibility, overdue. */
@MingaTest
@RecordApplicationEvents
class ReferralTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    JsonNode read(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long person(String householdPrefix, int skip) {
        return jdbc.sql("""
                select p.id from person p join household h on h.id = p.household_id
                where h.code like :h and not p.processing_stopped and p.merged_into is null and p.anonymised_at is null
                  and exists (select 1 from data_authorization a where a.person_id = p.id and a.withdrawn_at is null
                              and a.sensitive_data)
                order by p.id desc offset :s limit 1""").param("h", householdPrefix + "%").param("s", skip)
                .query(Long.class).single();
    }

    long actor(String code) {
        return jdbc.sql(
                "select a.id from actor a join jurisdiction j on j.id = a.jurisdiction_id where a.code = :c and j.code = '11001'")
                .param("c", code).query(Long.class).single();
    }

    String body(long personId, long actorId, String extra) {
        return "{\"personId\":" + personId
                + ",\"needCategory\":\"salud\",\"needDescription\":\"Hipertensión sin control\","
                + "\"origin\":\"visita de campo\",\"actorId\":" + actorId
                + ",\"priority\":\"alta\",\"shareAuthorized\":true,"
                + "\"shareEvidence\":\"Formato FC-1\"" + extra + "}";
    }

    JsonNode create(String user, String content) throws Exception {
        return read(mvc
                .perform(post("/api/v1/referrals").with(httpBasic(user, PW)).contentType("application/json")
                        .content(content))
                .andExpect(status().isCreated()));
    }

    ResultActions move(String user, long id, String to, String extra) throws Exception {
        return mvc.perform(post("/api/v1/referrals/" + id + "/transitions").with(httpBasic(user, PW))
                .contentType("application/json")
                .content("{\"to\":\"" + to + "\"" + extra + "}"));
    }

    @Test
    void theClosedLoopBetweenTheSenderAndTheEntityWithGuardedTransitions() throws Exception {
        long sds = actor("SDS");
        JsonNode r = create("local.suba", body(person("H-SUBA-", 0), sds, ""));
        long id = r.get("id").asLong();
        assertThat(r.get("status").asText()).isEqualTo("CREATED");
        assertThat(r.get("actorName").asText()).isEqualTo("Secretaría Distrital de Salud");
        assertThat(r.get("dueOn").asText()).isNotBlank();

        // an illegal transition is refused naming both states
        JsonNode refused = read(move("local.suba", id, "cerrada", "").andExpect(status().isConflict()));
        assertThat(refused.get("detail").asText()).contains("«creada»").contains("«cerrada»");
        // the sender cannot accept on the entity's behalf
        move("local.suba", id, "enviada", "").andExpect(status().isOk());
        move("local.suba", id, "recibida", "").andExpect(status().isForbidden());
        // the entity's staff are told it arrived, once, with its deadline; other entities' staff are not
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                        select n.title from notification n join app_user u on u.id = n.user_id
                        where u.username = 'salud.bogota' and n.kind = 'referral.arrived' and n.link = :l""")
                        .param("l", "/referrals/" + id).query(String.class).list())
                                .containsExactly("Nueva canalización para Secretaría Distrital de Salud: "
                                        + r.get("code").asText()));
        assertThat(jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.user_id
                where u.username = 'integracion.bogota' and n.link = :l""")
                .param("l", "/referrals/" + id).query(Long.class).single()).isZero();

        // the entity sees it in its inbox; another entity neither in its inbox nor by id
        JsonNode inbox = read(mvc.perform(get("/api/v1/referrals/inbox?size=500").with(httpBasic("salud.bogota", PW)))
                .andExpect(status().isOk()));
        assertThat(inbox.get("items").findValuesAsText("code")).contains(r.get("code").asText());
        JsonNode other = read(
                mvc.perform(get("/api/v1/referrals/inbox?size=500").with(httpBasic("integracion.bogota", PW)))
                        .andExpect(status().isOk()));
        assertThat(other.get("items").findValuesAsText("code")).doesNotContain(r.get("code").asText());
        assertThat(other.get("items").findValuesAsText("actorName"))
                .containsOnly("Secretaría Distrital de Integración Social");
        mvc.perform(get("/api/v1/referrals/" + id).with(httpBasic("integracion.bogota", PW)))
                .andExpect(status().isNotFound());
        // an entity user's general list is its inbox, never the whole territory
        JsonNode list = read(mvc.perform(get("/api/v1/referrals?size=500").with(httpBasic("salud.bogota", PW)))
                .andExpect(status().isOk()));
        assertThat(list.get("items").findValuesAsText("actorName")).containsOnly("Secretaría Distrital de Salud");

        move("salud.bogota", id, "recibida", "").andExpect(status().isOk());
        JsonNode rejectWithoutReason = read(
                move("salud.bogota", id, "rechazada", "").andExpect(status().isBadRequest()));
        assertThat(rejectWithoutReason.get("errors").toString()).contains("motivo");
        move("salud.bogota", id, "aceptada", "").andExpect(status().isOk());
        move("salud.bogota", id, "en atención", "").andExpect(status().isOk());
        JsonNode noCounter = read(move("salud.bogota", id, "atendida", "").andExpect(status().isBadRequest()));
        assertThat(noCounter.get("errors").toString()).contains("qué se hizo").contains("resultado");
        // a stale version is refused
        move("salud.bogota", id, "atendida", ",\"action\":\"x\",\"outcome\":\"y\",\"version\":0")
                .andExpect(status().isConflict());
        move("salud.bogota", id, "atendida", ",\"action\":\"Consulta de medicina general y control de tensión\","
                + "\"outcome\":\"Tensión controlada\",\"nextSteps\":\"Control en un mes\"").andExpect(status().isOk());

        // the sender sees the answer come back, with the history of who did what
        JsonNode detail = read(mvc.perform(get("/api/v1/referrals/" + id).with(httpBasic("local.suba", PW)))
                .andExpect(status().isOk()));
        assertThat(detail.get("referral").get("status").asText()).isEqualTo("ATTENDED");
        assertThat(detail.get("referral").get("counterAction").asText()).contains("medicina general");
        assertThat(detail.get("history").findValuesAsText("byUser")).containsSubsequence("local.suba", "local.suba",
                "salud.bogota");
        assertThat(detail.get("allowedTransitions").findValuesAsText("")).isEmpty();
        assertThat(detail.get("allowedTransitions").toString()).contains("CLOSED");
        // the sender's notification follows the answer's commit (an application module listener)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            long unread = jdbc.sql(
                    "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'local.suba' and n.link = :l")
                    .param("l", "/referrals/" + id).query(Long.class).single();
            assertThat(unread).isEqualTo(1);
        });
        move("local.suba", id, "cerrada", "").andExpect(status().isOk());
        JsonNode closedAgain = read(
                move("local.suba", id, "cancelada", ",\"reason\":\"x\"").andExpect(status().isConflict()));
        assertThat(closedAgain.get("detail").asText()).contains("«cerrada»").contains("ya no cambia de estado");
    }

    @Test
    void creationChecksAuthorizationEligibilityAndScope() throws Exception {
        long sdis = actor("SDIS");
        long service = jdbc.sql(
                "select s.id from offer_service s join jurisdiction j on j.id = s.jurisdiction_id where s.code = 'APOYO-PERSONA-MAYOR' and j.code = '11001'")
                .query(Long.class).single();
        long young = jdbc
                .sql("""
                        select p.id from person p join household h on h.id = p.household_id
                        where h.code like 'H-SUBA-%' and p.birth_date > current_date - interval '40 years' and not p.processing_stopped
                          and p.merged_into is null and exists (select 1 from data_authorization a where a.person_id = p.id and a.withdrawn_at is null
                                      and a.sensitive_data)
                        order by p.id limit 1""")
                .query(Long.class).single();
        String noAuth = "{\"personId\":" + young
                + ",\"needCategory\":\"ingresos y subsidios\",\"needDescription\":\"Sin ingresos\",\"origin\":\"alerta\","
                + "\"serviceId\":" + service + ",\"actorId\":" + sdis + ",\"shareAuthorized\":false}";
        JsonNode bad = read(
                mvc.perform(post("/api/v1/referrals").with(httpBasic("local.suba", PW)).contentType("application/json")
                        .content(noAuth)).andExpect(status().isBadRequest()));
        assertThat(bad.get("errors").toString()).contains("compartir sus datos").contains("shareEvidence")
                .contains("requiere 60 años o más").contains("ineligibleJustification");
        JsonNode ok = create("local.suba",
                noAuth.replace("\"shareAuthorized\":false", "\"shareAuthorized\":true,\"shareEvidence\":\"FC-2\","
                        + "\"ineligibleJustification\":\"Cuidadora de persona mayor; se canaliza el hogar\""));
        assertThat(ok.get("eligible").asBoolean()).isFalse();
        assertThat(ok.get("ineligibilityReason").asText()).contains("60 años");
        assertThat(ok.get("businessDays").asInt()).isEqualTo(15);

        // a Kennedy person is outside Suba's scope
        mvc.perform(post("/api/v1/referrals").with(httpBasic("local.suba", PW)).contentType("application/json")
                .content(body(person("H-KEN-", 0), sdis, ""))).andExpect(status().isForbidden());
        // the field user sees only referrals of their territories; Kennedy's read-only user does not see Suba's
        JsonNode field = read(mvc.perform(get("/api/v1/referrals?size=500").with(httpBasic("campo.suba", PW)))
                .andExpect(status().isOk()));
        assertThat(field.get("items").findValuesAsText("code")).contains(ok.get("code").asText());
        String sql = "select count(*) from referral r join territory t on t.id = r.territory_id where r.code = :c and t.path like (select path || '%' from territory where code = '11' and jurisdiction_id = r.jurisdiction_id)";
        for (JsonNode item : field.get("items")) {
            assertThat(jdbc.sql(sql).param("c", item.get("code").asText()).query(Long.class).single()).isEqualTo(1);
        }
        // a read-only user reads no personal data: neither the list nor the referral
        mvc.perform(get("/api/v1/referrals?size=500").with(httpBasic("consulta.kennedy", PW)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/referrals/" + ok.get("id").asLong()).with(httpBasic("consulta.kennedy", PW)))
                .andExpect(status().isForbidden());
        // a local user of Kennedy does not find Suba's referral
        mvc.perform(get("/api/v1/referrals/" + ok.get("id").asLong()).with(httpBasic("cucuta", PW)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/referrals").with(httpBasic("consulta.kennedy", PW)).contentType("application/json")
                .content(body(person("H-KEN-", 0), sdis, ""))).andExpect(status().isForbidden());
    }

    @Test
    void overdueReferralsReachTheSupervisorOnceAndCanBeRaisedAsASystemicDelay() throws Exception {
        long sds = actor("SDS");
        JsonNode a = create("local.suba", body(person("H-SUBA-", 1), sds, ",\"businessDays\":2"));
        JsonNode b = create("local.suba", body(person("H-SUBA-", 2), sds, ",\"businessDays\":2"));
        for (JsonNode r : new JsonNode[]{a, b}) {
            jdbc.sql("update referral set created_on = current_date - 20, due_on = current_date - 15 where id = :id")
                    .param("id", r.get("id").asLong()).update();
        }
        mvc.perform(post("/api/v1/referrals/overdue/run?jurisdiction=11001").with(httpBasic("local.suba", PW)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/referrals/overdue/run?jurisdiction=11001").with(httpBasic("distrito", PW)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/referrals/overdue/run?jurisdiction=11001").with(httpBasic("distrito", PW)))
                .andExpect(status().isOk());
        String link = "/referrals/" + a.get("id").asLong();
        assertThat(jdbc.sql(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'local.suba' and n.link = :l")
                .param("l", link).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'zona.norte' and n.link = :l")
                .param("l", link).query(Long.class).single()).isEqualTo(1);
        String body = jdbc.sql(
                "select n.body from notification n join app_user u on u.id = n.user_id where u.username = 'local.suba' and n.link = :l")
                .param("l", link).query(String.class).single();
        assertThat(body).as("a supervisor's notice names the referral and the date, never the person")
                .contains(a.get("code").asText()).matches(".*vencía el \\d{2}/\\d{2}/\\d{4}\\..*")
                .doesNotContain(a.get("subjectName").asText());
        assertThat(jdbc.sql(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = 'consulta.kennedy' and n.link = :l")
                .param("l", link).query(Long.class).single()).isZero();
        JsonNode overdue = read(
                mvc.perform(get("/api/v1/referrals?overdue=true&size=500").with(httpBasic("local.suba", PW)))
                        .andExpect(status().isOk()));
        assertThat(overdue.get("items").findValuesAsText("code")).contains(a.get("code").asText(),
                b.get("code").asText());

        String delay = "{\"referralIds\":[" + a.get("id") + "," + b.get("id")
                + "],\"title\":\"La SDS no responde en Suba\","
                + "\"description\":\"Sin profesionales de medicina general en la subred desde hace un mes\"}";
        JsonNode raised = read(mvc.perform(post("/api/v1/referrals/systemic-delays").with(httpBasic("local.suba", PW))
                .contentType("application/json").content(delay)).andExpect(status().isCreated()));
        assertThat(raised.get("referralIds").size()).isEqualTo(2);
        assertThat(events.stream(SystemicDelayReported.class)
                .filter(e -> e.referralIds().contains(a.get("id").asLong())).count()).isEqualTo(1);
        // the delay is now an access barrier at Suba's local table, naming the referrals
        assertThat(jdbc.sql("""
                select b.title || ' | ' || b.barrier_type || ' | ' || b.source_reference || ' | ' || ob.code
                from gov_barrier b join gov_body ob on ob.id = b.origin_body_id
                where b.source = 'referral' and b.source_reference like :r""")
                .param("r", "%" + a.get("id").asLong() + ", " + b.get("id").asLong()).query(String.class).single())
                        .isEqualTo("La SDS no responde en Suba | ACCESS | Canalizaciones vencidas "
                                + a.get("id").asLong() + ", "
                                + b.get("id").asLong() + " | MLAPS-11");
        JsonNode twice = read(mvc.perform(post("/api/v1/referrals/systemic-delays").with(httpBasic("local.suba", PW))
                .contentType("application/json").content(delay)).andExpect(status().isBadRequest()));
        assertThat(twice.get("errors").toString()).contains("ya se elevó");

        JsonNode figures = read(mvc
                .perform(get("/api/v1/referrals/figures?jurisdiction=11001&by=actor").with(httpBasic("local.suba", PW)))
                .andExpect(status().isOk()));
        JsonNode sdsRow = null;
        for (JsonNode f : figures) {
            if (f.get("name").asText().equals("Secretaría Distrital de Salud")) {
                sdsRow = f;
            }
        }
        assertThat(sdsRow).isNotNull();
        assertThat(sdsRow.get("overdue").asLong()).isGreaterThanOrEqualTo(2);
    }
}
