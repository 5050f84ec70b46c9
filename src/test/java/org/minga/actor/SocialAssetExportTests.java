package org.minga.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The export of the social assets (read in one query since issue 26, not page after page with an actor per row)
 * holds the same rows as the paged list the user sees, in its order, each with its actor's and territory's codes.
 */
@MingaTest
class SocialAssetExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    List<CSVRecord> export(String user, String jurisdiction) throws Exception {
        String csv = mvc
                .perform(get("/api/v1/social-assets/export?jurisdiction=" + jurisdiction)
                        .with(httpBasic(user, "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The codes of the paged list, page after page of 2 (so several pages). */
    List<String> listed(String user, String jurisdiction) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode p = json.readTree(mvc
                    .perform(get("/api/v1/social-assets?size=2&page=" + page + "&jurisdiction=" + jurisdiction)
                            .with(httpBasic(user, "minga2026")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            p.get("items").forEach(i -> codes.add(i.get("code").asText()));
            if (p.get("items").isEmpty() || codes.size() >= p.get("total").asLong()) {
                return codes;
            }
        }
    }

    @Test
    void theExportHoldsTheListsRowsInItsOrderWithTheirActorAndTerritoryCodes() throws Exception {
        int withActor = 0;
        for (String[] c : new String[][]{{"admin", "11001"}, {"local.suba", "11001"}, {"cucuta", "54001"},
                {"admin", "54001"}}) {
            List<CSVRecord> rows = export(c[0], c[1]);
            assertThat(rows.get(0).get(0)).isEqualTo("codigo");
            assertThat(rows.get(0).get(5)).isEqualTo("actor");
            List<CSVRecord> data = rows.subList(1, rows.size());
            assertThat(data).as(c[0] + " " + c[1] + " has assets").isNotEmpty();
            assertThat(data.stream().map(r -> r.get(0)).toList()).as(c[0] + " " + c[1])
                    .isEqualTo(listed(c[0], c[1]));
            Map<String, String[]> stored = new HashMap<>();
            jdbc.sql("""
                    select s.code, a.code, t.code from social_asset s join jurisdiction j on j.id = s.jurisdiction_id
                      left join actor a on a.id = s.actor_id left join territory t on t.id = s.territory_id
                     where j.code = :j""").param("j", c[1])
                    .query((rs, n) -> stored.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)}))
                    .list();
            for (CSVRecord r : data) {
                String[] codes = stored.get(r.get(0));
                assertThat(r.get(5)).as(r.get(0) + "'s actor").isEqualTo(codes[0] == null ? "" : codes[0]);
                assertThat(r.get(6)).as(r.get(0) + "'s territory").isEqualTo(codes[1] == null ? "" : codes[1]);
                withActor += codes[0] == null ? 0 : 1;
            }
        }
        assertThat(withActor).as("the demo's assets name their actors").isPositive();
        assertThat(export("local.suba", "11001").size()).as("a local user exports only their scope")
                .isLessThanOrEqualTo(export("admin", "11001").size());
    }
}
