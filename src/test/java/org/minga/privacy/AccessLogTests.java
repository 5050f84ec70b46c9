package org.minga.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The access log of each kind of read: a list (one row with every id shown), a search by document, a page, an
 * export and the fair stand's lookup; who saw a person is one indexed query and reaches the titular's export.
 */
@MingaTest
class AccessLogTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataAccess access;

    record Row(String subjectType, List<Long> ids, String username, String action, String remoteAddress,
            String endpoint) {
    }

    String body(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "minga2026")).with(r -> {
            r.setRemoteAddr("10.20.30.40");
            return r;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long last() {
        return jdbc.sql("select coalesce(max(id), 0) from personal_data_access").query(Long.class).single();
    }

    List<Row> since(long id) {
        return jdbc.sql("""
                select subject_type, subject_ids, username, action, remote_address, endpoint from personal_data_access
                where id > :id order by id""").param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), Arrays.asList((Long[]) rs.getArray(2).getArray()),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    static List<Long> ids(JsonNode items, String field) {
        List<Long> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get(field).asLong()));
        return out;
    }

    @Test
    void aListOfPeopleIsOneRowWithEveryIdShownAndAnswersWhoSawEachOne() throws Exception {
        long before = last();
        JsonNode page = json.readTree(body("local.suba", "/api/v1/persons?size=500"));
        List<Long> shown = ids(page.get("items"), "id");
        assertThat(shown).hasSizeGreaterThan(100);

        List<Row> rows = since(before).stream().filter(r -> r.subjectType().equals("PERSON")).toList();
        assertThat(rows).hasSize(1);
        Row row = rows.get(0);
        assertThat(row.ids()).containsExactlyInAnyOrderElementsOf(shown);
        assertThat(row.username()).isEqualTo("local.suba");
        assertThat(row.action()).isEqualTo("LIST");
        assertThat(row.remoteAddress()).isEqualTo("10.20.30.40");
        assertThat(row.endpoint()).isEqualTo("GET /api/v1/persons");

        // who saw the 300th person: an indexed query on the array of ids
        long someone = shown.get(shown.size() - 1);
        assertThat(access.of(PersonalDataAccess.PERSON, someone, 10)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("local.suba");
            assertThat(e.endpoint()).isEqualTo("GET /api/v1/persons");
            assertThat(e.records()).isEqualTo(shown.size());
        });
        List<String> plan = jdbc.sql("""
                explain select * from personal_data_access where subject_type = 'PERSON'
                and subject_ids @> array[cast(:p as bigint)] order by at desc limit 10""")
                .param("p", someone).query(String.class).list();
        jdbc.sql("set enable_seqscan = off").update();
        try {
            List<String> forced = jdbc
                    .sql("explain select * from personal_data_access where subject_ids @> array[cast(:p as bigint)]")
                    .param("p", someone).query(String.class).list();
            assertThat(String.join("\n", forced)).contains("personal_data_access_subjects_idx");
        } finally {
            jdbc.sql("set enable_seqscan = on").update();
        }
        assertThat(plan).isNotEmpty();
    }

    @Test
    void aSearchByDocumentAndAPageOfHouseholdsAreLogged() throws Exception {
        var person = jdbc.sql("""
                select p.id, p.document_number from person p join territory t on t.id = p.territory_id
                where p.territory_path like (select path from territory where code = '11' and jurisdiction_id =
                  (select id from jurisdiction where code = '11001')) || '%'
                and p.anonymised_at is null and p.document_number is not null order by p.id limit 1""")
                .query((rs, n) -> new long[]{rs.getLong(1), Long.parseLong(rs.getString(2))}).single();
        long before = last();
        JsonNode found = json.readTree(body("campo.suba", "/api/v1/persons?document=" + person[1]));
        assertThat(ids(found.get("items"), "id")).containsExactly(person[0]);
        assertThat(since(before)).anySatisfy(r -> {
            assertThat(r.subjectType()).isEqualTo("PERSON");
            assertThat(r.ids()).containsExactly(person[0]);
            assertThat(r.username()).isEqualTo("campo.suba");
            assertThat(r.endpoint()).isEqualTo("GET /api/v1/persons");
        });

        before = last();
        String list = body("campo.suba", "/households");
        assertThat(list).contains("H-SUBA-");
        assertThat(since(before)).anySatisfy(r -> {
            assertThat(r.subjectType()).isEqualTo("HOUSEHOLD");
            assertThat(r.ids()).hasSizeGreaterThan(10);
            assertThat(r.action()).isEqualTo("LIST");
            assertThat(r.endpoint()).isEqualTo("GET /households");
        });
    }

    @Test
    void theFairStandLookupIsLoggedAsALookup() throws Exception {
        var found = jdbc.sql("""
                select r.fair_id, p.id, p.document_type, p.document_number from fair_registration r
                join person p on p.id = r.person_id join fair f on f.id = r.fair_id
                where p.anonymised_at is null order by r.id limit 1""")
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)})
                .single();
        long before = last();
        JsonNode person = json.readTree(body("admin", "/api/v1/fairs/" + found[0] + "/people?documentType=" + found[2]
                + "&documentNumber=" + found[3]));
        assertThat(person.get("id").asLong()).isEqualTo((Long) found[1]);
        List<Row> rows = since(before);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).action()).isEqualTo("LOOKUP");
        assertThat(rows.get(0).ids()).containsExactly((Long) found[1]);
        assertThat(rows.get(0).endpoint()).isEqualTo("GET /api/v1/fairs/{id:\\d+}/people");
    }

    @Test
    void theTitularsExportIsLoggedAndTellsWhoSawTheirData() throws Exception {
        long person = jdbc.sql("""
                select p.id from person p join territory t on t.id = p.territory_id where t.path like
                  (select path from territory where code = '11' and jurisdiction_id =
                  (select id from jurisdiction where code = '11001')) || '%'
                and p.anonymised_at is null and p.household_id is not null order by p.id desc limit 1""")
                .query(Long.class).single();
        body("campo.suba", "/persons/" + person);
        String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/data-requests").with(httpBasic("local.suba", "minga2026"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + person + ",\"kind\":\"CONSULTA\",\"requestedBy\":\"La titular\","
                        + "\"details\":\"Quiero saber quién vio mis datos\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long request = json.readTree(created).get("id").asLong();

        long before = last();
        JsonNode export = json.readTree(body("privacidad.bogota", "/api/v1/data-requests/" + request + "/export"));
        List<String> whoSaw = new ArrayList<>();
        export.get("datos").get("Protección de datos personales").get("registroDeAccesos")
                .forEach(e -> whoSaw.add(e.get("username").asText() + " " + e.get("endpoint").asText()));
        assertThat(whoSaw).contains("campo.suba GET /persons/{id}");
        assertThat(since(before)).anySatisfy(r -> {
            assertThat(r.subjectType()).isEqualTo("PERSON");
            assertThat(r.ids()).containsExactly(person);
            assertThat(r.username()).isEqualTo("privacidad.bogota");
            assertThat(r.action()).isEqualTo("EXPORT");
            assertThat(r.endpoint()).isEqualTo("GET /api/v1/data-requests/{id}/export");
        });
    }
}
