package org.minga.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Issue 15, for referrals: the receiving entity sees a person's contact only when the person's authorization covers
 * contact by the receiving entity, and a sensitive need is referred only under an authorization that covers
 * sensitive data.
 */
@MingaTest
class ReferralTrustTests {

    static final String PW = "minga2026";
    static final AtomicLong DOCS = new AtomicLong(1_070_000_000L + (System.nanoTime() % 1000) * 10_000);
    static final String CONTACT = "Contacto por la entidad que recibe la canalización";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode postJson(String url, String body, ResultMatcher expected) throws Exception {
        String out = mvc.perform(post(url).with(httpBasic("local.suba", PW)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(out);
    }

    JsonNode getJson(String url, String user) throws Exception {
        return json.readTree(mvc.perform(get(url).with(httpBasic(user, PW))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, PW))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long household() throws Exception {
        return postJson("/api/v1/households", "{\"jurisdiction\":\"11001\",\"territoryCode\":\"B-SUBA-01\","
                + "\"address\":\"Calle 9 # 12-34 Confianza\",\"estrato\":2,\"sisbenGroup\":\"B3\"}",
                status().isCreated()).get("id").asLong();
    }

    /** A person with a phone and an e-mail whose authorization names {@code purposes}. */
    long person(long household, String doc, String purposes, boolean sensitive) throws Exception {
        return postJson("/api/v1/persons", "{\"householdId\":" + household
                + ",\"relation\":\"JEFE\",\"documentType\":\"CC\","
                + "\"documentNumber\":\"" + doc
                + "\",\"firstName\":\"Rosa\",\"lastName\":\"Confianza\",\"birthDate\":\"1980-02-02\","
                + "\"sex\":\"F\",\"phone\":\"3157654321\",\"email\":\"rosa.confianza@example.org\",\"authorization\":{"
                + "\"grantedByName\":\"Rosa Confianza\",\"channel\":\"PRESENCIAL\",\"purposes\":\"" + purposes + "\","
                + "\"evidence\":\"Formato FA-77\",\"byGuardian\":false,\"sensitiveData\":" + sensitive + "}}",
                status().isCreated()).get("id").asLong();
    }

    long sds() {
        return jdbc.sql(
                "select a.id from actor a join jurisdiction j on j.id = a.jurisdiction_id where a.code = 'SDS' and j.code = '11001'")
                .query(Long.class).single();
    }

    String referral(long person, String need) {
        return "{\"personId\":" + person + ",\"needCategory\":\"" + need
                + "\",\"needDescription\":\"Control de tensión\","
                + "\"origin\":\"visita de campo\",\"actorId\":" + sds()
                + ",\"shareAuthorized\":true,\"shareEvidence\":\"FC-77\"}";
    }

    /** Creates and sends a referral to the Secretaría de Salud, so it is in its inbox. */
    long sentReferral(long person) throws Exception {
        long id = postJson("/api/v1/referrals", referral(person, "salud"), status().isCreated()).get("id").asLong();
        postJson("/api/v1/referrals/" + id + "/transitions", "{\"to\":\"enviada\"}", status().isOk());
        return id;
    }

    @Test
    void theReceivingEntitySeesTheContactOnlyWhenTheAuthorizationCoversContactByIt() throws Exception {
        long h = household();
        String withoutDoc = String.valueOf(DOCS.incrementAndGet());
        String withDoc = String.valueOf(DOCS.incrementAndGet());
        long without = person(h, withoutDoc, "Caracterización y plan de cuidado", true);
        long with = person(h, withDoc, "Caracterización y plan de cuidado; " + CONTACT.toUpperCase(), true);
        long hidden = sentReferral(without);
        long shown = sentReferral(with);

        // the entity identifies the person (name, document, need) but gets no phone, e-mail or address
        JsonNode entity = getJson("/api/v1/referrals/" + hidden, "salud.bogota").get("referral");
        assertThat(entity.get("subjectName").asText()).isEqualTo("Rosa Confianza");
        assertThat(entity.get("documentNumber").asText()).isEqualTo(withoutDoc);
        assertThat(entity.get("needDescription").asText()).isEqualTo("Control de tensión");
        assertThat(entity.has("phone")).isFalse();
        assertThat(entity.has("email")).isFalse();
        assertThat(entity.has("address")).isFalse();
        assertThat(entity.get("contactWithheld").asBoolean()).isTrue();
        String entityPage = page("/referrals/" + hidden, "salud.bogota");
        assertThat(entityPage).contains("Rosa Confianza").contains(withoutDoc).contains("no cubre el contacto")
                .doesNotContain("3157654321").doesNotContain("rosa.confianza@example.org")
                .doesNotContain("Calle 9 # 12-34");

        // the sender, who reads personal data in the person's territory, sees the contact
        JsonNode sender = getJson("/api/v1/referrals/" + hidden, "local.suba").get("referral");
        assertThat(sender.get("phone").asText()).isEqualTo("3157654321");
        assertThat(sender.get("contactWithheld").asBoolean()).isFalse();

        // with contact by the receiving entity among the purposes, the entity sees it too
        JsonNode allowed = getJson("/api/v1/referrals/" + shown, "salud.bogota").get("referral");
        assertThat(allowed.get("phone").asText()).isEqualTo("3157654321");
        assertThat(allowed.get("email").asText()).isEqualTo("rosa.confianza@example.org");
        assertThat(allowed.get("address").asText()).isEqualTo("Calle 9 # 12-34 Confianza");
        assertThat(allowed.get("contactWithheld").asBoolean()).isFalse();
        assertThat(page("/referrals/" + shown, "salud.bogota")).contains("3157654321")
                .contains("rosa.confianza@example.org")
                .contains("Calle 9 # 12-34 Confianza");
    }

    @Test
    void theConsentFormOffersContactByTheReceivingEntityAsAPurpose() throws Exception {
        long h = household();
        assertThat(page("/households/" + h + "/persons/new", "local.suba")).contains("value=\"" + CONTACT + "\"")
                .contains("Contacto por la entidad que recibe la canalización (teléfono, correo y dirección)");
        String doc = String.valueOf(DOCS.incrementAndGet());
        mvc.perform(post("/households/" + h + "/persons").with(httpBasic("local.suba", PW))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("documentType", "CC").param("documentNumber", doc).param("firstName", "Elvira")
                .param("lastName", "Casilla").param("birthDate", "1985-05-05").param("sex", "F")
                .param("relation", "JEFE")
                .param("ethnicity", "NINGUNA").param("phone", "3001112233")
                .param("authorization.grantedByName", "Elvira Casilla").param("authorization.channel", "ESCRITO")
                .param("authorization.purposes", "Caracterización", CONTACT)
                .param("authorization.evidence", "Formato 21")
                .param("authorization.sensitiveData", "true"))
                .andExpect(status().is3xxRedirection());
        long person = jdbc.sql("select id from person where document_number = :d").param("d", doc).query(Long.class)
                .single();
        assertThat(jdbc.sql("select purposes from data_authorization where person_id = :p").param("p", person)
                .query(String.class).single())
                        .contains("Caracterización").contains(CONTACT);
        long id = sentReferral(person);
        assertThat(getJson("/api/v1/referrals/" + id, "salud.bogota").get("referral").get("phone").asText())
                .isEqualTo("3001112233");
    }

    @Test
    void aSensitiveNeedIsReferredOnlyUnderAnAuthorizationThatCoversSensitiveData() throws Exception {
        long h = household();
        long uncovered = person(h, String.valueOf(DOCS.incrementAndGet()), "Caracterización", false);
        long covered = person(h, String.valueOf(DOCS.incrementAndGet()), "Caracterización", true);
        long before = jdbc.sql("select count(*) from referral where person_id = :p").param("p", uncovered)
                .query(Long.class).single();

        for (String need : new String[]{"salud", "apoyo psicosocial", "cuidado"}) {
            JsonNode refused = postJson("/api/v1/referrals", referral(uncovered, need), status().isBadRequest());
            assertThat(refused.get("errors").findValuesAsText("field")).contains("needCategory");
            assertThat(refused.get("errors").toString()).contains("dato sensible").contains("no cubre datos sensibles");
        }
        assertThat(jdbc.sql("select count(*) from referral where person_id = :p").param("p", uncovered)
                .query(Long.class).single())
                        .isEqualTo(before);
        // a need that is not sensitive goes through; the same health need goes through for a covered person
        postJson("/api/v1/referrals", referral(uncovered, "alimentación"), status().isCreated());
        JsonNode ok = postJson("/api/v1/referrals", referral(covered, "salud"), status().isCreated());
        assertThat(ok.get("needCategory").asText()).isEqualTo("HEALTH");
    }
}
