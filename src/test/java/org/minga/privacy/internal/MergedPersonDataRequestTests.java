package org.minga.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person merged into another whose attentions were not moved to the person kept (a merge older than the move): the
 * kept person's data request still lists, exports and anonymises them, the household module naming the merged persons.
 */
@MingaTest
class MergedPersonDataRequestTests {

    @Autowired
    PersonalDataOwners owners;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long created(String url, String body) throws Exception {
        String response = mvc.perform(post(url).with(httpBasic("local.suba", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Long.parseLong(response.replaceFirst("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    long person(long household, String relation, String first, String last) throws Exception {
        String doc = String.valueOf(1_071_000_000L + ThreadLocalRandom.current().nextLong(900_000));
        return created("/api/v1/persons", "{\"householdId\":" + household + ",\"relation\":\"" + relation
                + "\",\"documentType\":\"CC\",\"documentNumber\":\"" + doc + "\",\"firstName\":\"" + first
                + "\",\"lastName\":\"" + last + "\",\"birthDate\":\"1969-02-02\",\"sex\":\"F\",\"authorization\":{"
                + "\"grantedByName\":\"" + first + " " + last + "\",\"channel\":\"PRESENCIAL\",\"purposes\":"
                + "\"Caracterización\",\"evidence\":\"Formato FA-78\",\"byGuardian\":false,\"sensitiveData\":false}}");
    }

    @Test
    void theKeptPersonsRequestListsExportsAndAnonymisesTheMergedPersonsAttentions() throws Exception {
        long household = created("/api/v1/households", "{\"jurisdiction\":\"11001\",\"territoryCode\":\"B-SUBA-04\","
                + "\"address\":\"Calle 8 # 9-10\",\"estrato\":2,\"sisbenGroup\":\"B3\"}");
        long keep = person(household, "JEFE", "Casilda", "Quimbaya");
        long dup = person(household, "HERMANO", "Casildo", "Quimbayo");
        LocalDate day = LocalDate.now(ZoneId.of("America/Bogota")).minusDays(1);
        long attention = created("/api/v1/attentions?jurisdiction=11001", "{\"setting\":\"hogar\",\"mode\":"
                + "\"INDIVIDUAL\",\"attendedOn\":\"" + day + "\",\"actorName\":\"Equipo básico\",\"personId\":" + dup
                + ",\"notes\":\"Visita a Casildo Quimbayo en casa\"}");
        // merged, but the attention still carries the duplicate's id
        jdbc.sql("update person set merged_into = :k where id = :d").param("k", keep).param("d", dup).update();
        long jurisdiction = jdbc.sql("select jurisdiction_id from person where id = :k").param("k", keep)
                .query(Long.class).single();

        assertThat(owners.held(keep, jurisdiction).get("Atenciones")).containsEntry("Atenciones", 1L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) ((Map<String, Object>) owners
                .export(keep, jurisdiction).get("Atenciones")).get("atenciones");
        assertThat(exported).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(attention);

        owners.erase(keep, jurisdiction);
        String notes = jdbc.sql("select notes from attention where id = :a").param("a", attention)
                .query(String.class).single();
        assertThat(notes).doesNotContain("Casildo").doesNotContain("Quimbayo").contains("ANONIMIZADO");
    }
}
