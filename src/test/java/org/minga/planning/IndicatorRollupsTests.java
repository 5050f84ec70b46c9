package org.minga.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Rollups;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollups behind the heavy figures (people, households characterised, attentions, referrals, commitments) follow
 * every change of the facts: after each insert, update of territory, status or date, delete, bulk insert, household
 * move and compaction, every figure still equals the direct count over the base tables ({@link IndicatorSourcesSql}),
 * and moved by what the change should move.
 */
@MingaTest
class IndicatorRollupsTests {

    static final List<String> ROLLED_UP = List.of("household.people", "household.characterised",
            "household.open-alerts",
            "attention.count",
            "referral.open", "referral.overdue", "referral.closed-loop-share", "governance.commitments-pending",
            "governance.commitments-overdue", "governance.commitments-fulfilled-share");

    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;
    @Autowired
    Rollups rollups;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    final ObjectMapper json = new ObjectMapper();
    final LocalDate today = LocalDate.now();
    long j;
    TerritoryView district;
    TerritoryView suba;
    TerritoryView kennedy;
    Upz upzA;
    Upz upzB;
    Upz upzK;

    record Upz(long id, String code, String path) {
    }

    @BeforeEach
    void territories() {
        j = jurisdictions.byCode("11001").orElseThrow().id();
        district = territories.byCode(j, "11001").orElseThrow();
        suba = territories.byCode(j, "11").orElseThrow();
        kennedy = territories.byCode(j, "08").orElseThrow();
        List<Upz> subaUpz = upzOf(suba);
        upzA = subaUpz.get(0);
        upzB = subaUpz.get(1);
        upzK = upzOf(kennedy).get(0);
    }

    List<Upz> upzOf(TerritoryView parent) {
        return jdbc.sql("select id, code, path from territory where parent_id = :p order by code")
                .param("p", parent.id()).query(Upz.class).list();
    }

    List<String> paths() {
        return List.of(district.path(), suba.path(), kennedy.path(), upzA.path(), upzB.path(), upzK.path());
    }

    List<LocalDate[]> periods() {
        return List.of(new LocalDate[]{today.minusYears(2), today},
                new LocalDate[]{today.minusDays(60), today.minusDays(30)},
                new LocalDate[]{today.minusDays(10), today}, new LocalDate[]{today.minusDays(45), today.plusDays(30)});
    }

    IndicatorSource source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** Every rolled-up figure, for every path and period, equals the direct count over the base tables. */
    void everyFigureEqualsTheDirectCount(String when) {
        for (String key : ROLLED_UP) {
            IndicatorSource s = source(key);
            for (LocalDate[] p : periods()) {
                Map<String, Double> computed = s.values(j, paths(), p[0], p[1]);
                for (String path : paths()) {
                    Number expected = jdbc.sql(IndicatorSourcesSql.BY_HAND.get(key)).param("j", j)
                            .param("prefix", path + "%")
                            .param("path", path).param("from", p[0]).param("to", p[1]).query(Number.class).optional()
                            .orElse(null);
                    String what = key + " at " + path + " " + p[0] + ".." + p[1] + " after " + when;
                    if (expected == null) {
                        assertThat(computed).as(what).doesNotContainKey(path);
                    } else {
                        assertThat(computed.get(path)).as(what).isCloseTo(expected.doubleValue(), within(1e-6));
                    }
                }
            }
        }
    }

    double value(String key, String path, LocalDate from, LocalDate to) {
        Double v = source(key).values(j, List.of(path), from, to).get(path);
        return v == null ? Double.NaN : v;
    }

    Map<String, Double> snapshot(String key, LocalDate from, LocalDate to) {
        return new LinkedHashMap<>(source(key).values(j, paths(), from, to));
    }

    long attention(Upz upz, LocalDate on) {
        return jdbc
                .sql("""
                        insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path, participant_count, created_by)
                        values (:j, 'HOGAR', 'INDIVIDUAL', :on, :t, :p, 1, 'rollup-test') returning id""")
                .param("j", j).param("on", on).param("t", upz.id()).param("p", upz.path()).query(Long.class).single();
    }

    @Test
    void anAttentionInsertedMovedInTimeAndTerritoryAndDeletedMovesItsFigures() {
        String count = "attention.count";
        LocalDate from = today.minusDays(10);
        double subaBefore = value(count, suba.path(), from, today);
        double kennedyBefore = value(count, kennedy.path(), from, today);
        double districtBefore = value(count, district.path(), from, today);
        double earlierBefore = value(count, suba.path(), today.minusDays(60), today.minusDays(30));

        long id = attention(upzA, today.minusDays(1));
        everyFigureEqualsTheDirectCount("an attention is inserted");
        assertThat(value(count, suba.path(), from, today)).isEqualTo(subaBefore + 1);
        assertThat(value(count, district.path(), from, today)).isEqualTo(districtBefore + 1);
        assertThat(value(count, kennedy.path(), from, today)).isEqualTo(kennedyBefore);

        jdbc.sql("update attention set attended_on = :on where id = :id").param("on", today.minusDays(40))
                .param("id", id).update();
        everyFigureEqualsTheDirectCount("its date changes");
        assertThat(value(count, suba.path(), from, today)).isEqualTo(subaBefore);
        assertThat(value(count, suba.path(), today.minusDays(60), today.minusDays(30))).isEqualTo(earlierBefore + 1);

        jdbc.sql("update attention set attended_on = :on, territory_id = :t, territory_path = :p where id = :id")
                .param("on", today).param("t", upzK.id()).param("p", upzK.path()).param("id", id).update();
        everyFigureEqualsTheDirectCount("its territory changes");
        assertThat(value(count, suba.path(), from, today)).isEqualTo(subaBefore);
        assertThat(value(count, kennedy.path(), from, today)).isEqualTo(kennedyBefore + 1);
        assertThat(value(count, district.path(), from, today)).isEqualTo(districtBefore + 1);

        jdbc.sql("update attention set notes = 'sin cambio en lo contado' where id = :id").param("id", id).update();
        assertThat(value(count, kennedy.path(), from, today)).isEqualTo(kennedyBefore + 1);

        jdbc.sql("delete from attention where id = :id").param("id", id).update();
        everyFigureEqualsTheDirectCount("it is deleted");
        assertThat(value(count, kennedy.path(), from, today)).isEqualTo(kennedyBefore);
        assertThat(value(count, district.path(), from, today)).isEqualTo(districtBefore);
    }

    @Test
    void aReferralsStatusAndDatesMoveTheOpenOverdueAndClosedLoopFigures() {
        long actor = jdbc.sql("select min(id) from actor where jurisdiction_id = :j").param("j", j).query(Long.class)
                .single();
        double openBefore = value("referral.open", upzB.path(), today.minusYears(1), today);
        double overdueBefore = value("referral.overdue", upzB.path(), today.minusYears(1), today);
        long id = jdbc
                .sql("""
                        insert into referral (jurisdiction_id, code, subject_name, territory_id, territory_path, need_category, need_description,
                          origin, actor_id, actor_name, priority, share_authorized, share_evidence, status, business_days, created_on, due_on, created_by)
                        values (:j, :code, 'Persona de prueba', :t, :p, 'SALUD', 'Necesidad', 'OTHER', :a, 'Entidad', 'MEDIUM', true, 'Formato',
                          'SENT', 10, :created, :due, 'rollup-test') returning id""")
                .param("j", j).param("code", "RT-" + UUID.randomUUID().toString().substring(0, 8)).param("t", upzB.id())
                .param("p", upzB.path()).param("a", actor).param("created", today.minusDays(30))
                .param("due", today.minusDays(16))
                .query(Long.class).single();
        everyFigureEqualsTheDirectCount("a referral is sent");
        assertThat(value("referral.open", upzB.path(), today.minusYears(1), today)).isEqualTo(openBefore + 1);
        assertThat(value("referral.overdue", upzB.path(), today.minusYears(1), today)).isEqualTo(overdueBefore + 1);

        jdbc.sql("update referral set due_on = :due where id = :id").param("due", today.plusDays(5)).param("id", id)
                .update();
        everyFigureEqualsTheDirectCount("its deadline moves");
        assertThat(value("referral.overdue", upzB.path(), today.minusYears(1), today)).isEqualTo(overdueBefore);

        jdbc.sql("update referral set status = 'CLOSED' where id = :id").param("id", id).update();
        everyFigureEqualsTheDirectCount("it is closed");
        assertThat(value("referral.open", upzB.path(), today.minusYears(1), today)).isEqualTo(openBefore);

        jdbc.sql("delete from referral where id = :id").param("id", id).update();
        everyFigureEqualsTheDirectCount("it is deleted");
    }

    @Test
    void aCommitmentsStatusMovesThePendingOverdueAndFulfilledFigures() {
        long actor = jdbc.sql("select min(id) from actor where jurisdiction_id = :j").param("j", j).query(Long.class)
                .single();
        long body = jdbc.sql("select min(id) from gov_body where jurisdiction_id = :j").param("j", j).query(Long.class)
                .single();
        double pendingBefore = value("governance.commitments-pending", upzA.path(), today.minusYears(1), today);
        long id = jdbc
                .sql("""
                        insert into gov_commitment (jurisdiction_id, body_id, territory_path, title, responsible_actor_id, due_date, status)
                        values (:j, :b, :p, 'Compromiso de prueba', :a, :due, 'PENDING') returning id""")
                .param("j", j).param("b", body).param("p", upzA.path()).param("a", actor)
                .param("due", today.minusDays(20))
                .query(Long.class).single();
        everyFigureEqualsTheDirectCount("a commitment is made");
        assertThat(value("governance.commitments-pending", upzA.path(), today.minusYears(1), today))
                .isEqualTo(pendingBefore + 1);
        assertThat(value("governance.commitments-overdue", upzA.path(), today.minusYears(1), today))
                .isGreaterThanOrEqualTo(1);

        jdbc.sql("update gov_commitment set status = 'DONE', completed_on = current_date where id = :id")
                .param("id", id).update();
        everyFigureEqualsTheDirectCount("it is fulfilled");
        assertThat(value("governance.commitments-pending", upzA.path(), today.minusYears(1), today))
                .isEqualTo(pendingBefore);
        assertThat(value("governance.commitments-fulfilled-share", upzA.path(), today.minusDays(30), today))
                .isGreaterThan(0);

        jdbc.sql("update gov_commitment set territory_path = :p where id = :id").param("p", upzK.path()).param("id", id)
                .update();
        everyFigureEqualsTheDirectCount("it moves to another territory");
        jdbc.sql("delete from gov_commitment where id = :id").param("id", id).update();
        everyFigureEqualsTheDirectCount("it is deleted");
    }

    @Test
    void aBulkInsertAddsOneGroupedRowPerKeyAndCompactionKeepsTheSums() {
        long rowsBefore = jdbc.sql("select count(*) from attention_rollup").query(Long.class).single();
        double districtBefore = value("attention.count", district.path(), today.minusDays(9), today);
        // 600 attentions in one statement: 2 UPZ of Suba, 10 days
        jdbc.sql(
                """
                        insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path, participant_count, created_by)
                        select :j, 'COMUNITARIO', 'COLECTIVA', current_date - (g % 10), case when g % 2 = 0 then :ta else :tb end,
                               case when g % 2 = 0 then :pa else :pb end, 3, 'rollup-test' from generate_series(1, 600) g""")
                .param("j", j).param("ta", upzA.id()).param("tb", upzB.id()).param("pa", upzA.path())
                .param("pb", upzB.path())
                .update();
        long added = jdbc.sql("select count(*) from attention_rollup").query(Long.class).single() - rowsBefore;
        // one row per (path, day): 10 days × (2 UPZ + Suba + the district), not one per attention
        assertThat(added).isEqualTo(40);
        assertThat(value("attention.count", district.path(), today.minusDays(9), today))
                .isEqualTo(districtBefore + 600);
        everyFigureEqualsTheDirectCount("a bulk insert");

        jdbc.sql(
                "update attention set attended_on = attended_on - 1 where created_by = 'rollup-test' and setting = 'COMUNITARIO' "
                        + "and id % 3 = 0")
                .update();
        jdbc.sql("delete from attention where created_by = 'rollup-test' and setting = 'COMUNITARIO' and id % 5 = 0")
                .update();
        everyFigureEqualsTheDirectCount("a bulk update and a bulk delete");

        Map<String, Map<String, Double>> before = new LinkedHashMap<>();
        for (String key : ROLLED_UP) {
            before.put(key, snapshot(key, today.minusYears(2), today));
        }
        assertThat(duplicateKeys("attention_rollup", "jurisdiction_id, territory_path, day")).isPositive();
        long folded = rollups.compact();
        assertThat(folded).isPositive();
        List<String[]> registered = jdbc.sql("select table_name, key_columns from minga_rollup")
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        assertThat(registered).extracting(r -> r[0]).contains("person_rollup", "household_characterised_rollup",
                "attention_rollup", "referral_rollup", "gov_commitment_rollup");
        for (String[] r : registered) {
            assertThat(duplicateKeys(r[0], r[1])).as("keys with more than one row in " + r[0]).isZero();
            assertThat(jdbc.sql("select count(*) from " + r[0] + " where n = 0").query(Long.class).single()).isZero();
        }
        for (String key : ROLLED_UP) {
            assertThat(snapshot(key, today.minusYears(2), today)).as(key + " after compaction")
                    .isEqualTo(before.get(key));
        }
        everyFigureEqualsTheDirectCount("compaction");
        jdbc.sql("delete from attention where created_by = 'rollup-test'").update();
        everyFigureEqualsTheDirectCount("the test's attentions are deleted");
    }

    /** What each rollup must hold: its base table regrouped (the same statements fill the rollups in the migrations). */
    static final Map<String, String> REGROUPED = Map.of(
            "person_rollup",
            """
                    select g.jurisdiction_id, a.path, g.day, sum(g.n) from (select jurisdiction_id, territory_path,
                      (created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = jurisdiction_id))::date as day, count(*) as n from person group by 1, 2, 3) g
                    cross join lateral minga_path_prefixes(g.territory_path) a (path) group by 1, 2, 3""",
            "attention_rollup", """
                    select g.jurisdiction_id, a.path, g.day, sum(g.n) from (select jurisdiction_id, territory_path,
                      attended_on as day, count(*) as n from attention group by 1, 2, 3) g
                    cross join lateral minga_path_prefixes(g.territory_path) a (path) group by 1, 2, 3""",
            "referral_rollup",
            """
                    select g.jurisdiction_id, a.path, g.created_on, g.due_on, g.status, sum(g.n) from (select jurisdiction_id,
                      territory_path, created_on, due_on, status, count(*) as n from referral group by 1, 2, 3, 4, 5) g
                    cross join lateral minga_path_prefixes(g.territory_path) a (path) group by 1, 2, 3, 4, 5""",
            "gov_commitment_rollup",
            """
                    select g.jurisdiction_id, a.path, g.created_on, g.due_on, g.status, sum(g.n) from (select jurisdiction_id,
                      territory_path, (created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = jurisdiction_id))::date as created_on, due_date as due_on, status, count(*) as n
                      from gov_commitment group by 1, 2, 3, 4, 5) g
                    cross join lateral minga_path_prefixes(g.territory_path) a (path) group by 1, 2, 3, 4, 5""",
            "gov_commitment_body_rollup",
            """
                    select body_id, due_date, status, strategic_goal is not null, cardinality(sectors), count(*)
                      from gov_commitment group by 1, 2, 3, 4, 5""",
            "household_characterised_rollup",
            """
                    select jurisdiction_id, path, first_on, count(*) from (select c.jurisdiction_id, c.household_id, a.path,
                      min(c.answered_on) as first_on from characterization c
                      cross join lateral minga_path_prefixes(c.territory_path) a (path) group by 1, 2, 3) f group by 1, 2, 3""",
            "household_board_rollup",
            """
                    select g.jurisdiction_id, a.path, g.team, g.priority, g.visit_on, sum(g.n) from (select jurisdiction_id,
                      territory_path, coalesce(field_team_id, 0) as team, priority,
                      coalesce(next_visit_on, 'infinity') as visit_on, count(*) as n from household group by 1, 2, 3, 4, 5) g
                    cross join lateral minga_path_prefixes(g.territory_path) a (path) group by 1, 2, 3, 4, 5""",
            "alert_rollup",
            """
                    select g.jurisdiction_id, a.path, g.opened_on, g.closed_on, sum(g.n) from (select x.jurisdiction_id,
                      x.territory_path, (x.created_at at time zone j.time_zone)::date as opened_on,
                      coalesce((x.closed_at at time zone j.time_zone)::date, 'infinity') as closed_on, count(*) as n
                      from alert x join jurisdiction j on j.id = x.jurisdiction_id group by 1, 2, 3, 4) g
                    cross join lateral minga_path_prefixes(g.territory_path) a (path) group by 1, 2, 3, 4""");

    @Test
    void everyRollupEqualsItsBaseTableRegroupedForEveryJurisdictionAndTerritory() {
        assertThat(jdbc.sql("select table_name from minga_rollup").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(REGROUPED.keySet());
        for (Map.Entry<String, String> e : REGROUPED.entrySet()) {
            String keys = jdbc.sql("select key_columns from minga_rollup where table_name = :t").param("t", e.getKey())
                    .query(String.class).single();
            String kept = "select " + keys + ", sum(n) from " + e.getKey() + " group by " + keys
                    + " having sum(n) <> 0";
            long differences = jdbc.sql("select count(*) from ((" + kept + " except " + e.getValue() + ") union all ("
                    + e.getValue() + " except " + kept + ")) d").query(Long.class).single();
            long rows = jdbc.sql("select count(*) from (" + e.getValue() + ") r").query(Long.class).single();
            assertThat(differences).as(e.getKey() + " against its base table").isZero();
            assertThat(rows).as(e.getKey() + " has something to count in the demo data").isPositive();
        }
        assertThat(jdbc.sql("select array_agg(p order by p) from minga_path_prefixes('/1/5/23/') p").query(String.class)
                .single())
                        .isEqualTo("{/1/,/1/5/,/1/5/23/}");
    }

    long duplicateKeys(String table, String keys) {
        return jdbc
                .sql("select count(*) from (select 1 from " + table + " group by " + keys + " having count(*) > 1) d")
                .query(Long.class).single();
    }

    long person(long household, Upz upz) {
        return jdbc
                .sql("""
                        insert into person (jurisdiction_id, household_id, relation, territory_id, territory_path, document_type,
                          document_number, first_name, last_name, name_key, created_by)
                        values (:j, :h, 'HIJO', :t, :p, 'CC', :doc, 'Prueba', 'Rollup', 'prueba rollup', 'rollup-test') returning id""")
                .param("j", j).param("h", household).param("t", upz.id()).param("p", upz.path())
                .param("doc", String.valueOf(4_000_000_000L + (long) (Math.random() * 1e9))).query(Long.class).single();
    }

    long instrumentVersion() {
        return jdbc.sql(
                "select min(v.id) from instrument_version v join instrument i on i.id = v.instrument_id where i.jurisdiction_id = :j")
                .param("j", j).query(Long.class).single();
    }

    long characterisation(long household, String path, LocalDate on) {
        return jdbc
                .sql("""
                        insert into characterization (jurisdiction_id, instrument_version_id, household_id, territory_path, answered_on, answers, created_by)
                        values (:j, :v, :h, :p, :on, '{}', 'rollup-test') returning id""")
                .param("j", j).param("v", instrumentVersion()).param("h", household).param("p", path).param("on", on)
                .query(Long.class).single();
    }

    JsonNode call(org.springframework.test.web.servlet.RequestBuilder request,
            org.springframework.test.web.servlet.ResultMatcher expected) throws Exception {
        String body = mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    long householdIn(Upz upz) throws Exception {
        return call(
                post("/api/v1/households").with(httpBasic("admin", "minga2026")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jurisdiction\":\"11001\",\"territoryCode\":\"" + upz.code()
                                + "\",\"address\":\"Calle 9 # 9-9\"}"),
                status().isCreated()).get("id").asLong();
    }

    @Test
    void aHouseholdMovingTerritoryTakesItsPeopleWhileItsCharacterisationsStayWhereTheyWereAnswered() throws Exception {
        long h = householdIn(upzA);
        person(h, upzA);
        person(h, upzA);
        characterisation(h, upzA.path(), today.minusDays(3));
        LocalDate from = today.minusYears(2);
        Map<String, Double> people = snapshot("household.people", from, today);
        Map<String, Double> characterised = snapshot("household.characterised", from, today);
        everyFigureEqualsTheDirectCount("a household with two people is characterised");

        int version = jdbc.sql("select version from household where id = :h").param("h", h).query(Integer.class)
                .single();
        call(put("/api/v1/households/" + h).with(httpBasic("admin", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryCode\":\"" + upzK.code() + "\",\"address\":\"Calle 9 # 9-9\",\"version\":"
                        + version + "}"),
                status().isOk());
        everyFigureEqualsTheDirectCount("the household moves to Kennedy");
        assertThat(value("household.people", suba.path(), from, today)).isEqualTo(people.get(suba.path()) - 2);
        assertThat(value("household.people", kennedy.path(), from, today)).isEqualTo(people.get(kennedy.path()) + 2);
        assertThat(value("household.people", district.path(), from, today)).isEqualTo(people.get(district.path()));
        // the characterisation keeps the territory where it was answered (as the direct count does)
        assertThat(snapshot("household.characterised", from, today)).isEqualTo(characterised);

        // characterised again in Kennedy: the household now counts there too, from that date
        characterisation(h, upzK.path(), today.minusDays(1));
        everyFigureEqualsTheDirectCount("it is characterised in Kennedy");
        assertThat(value("household.characterised", kennedy.path(), from, today))
                .isEqualTo(characterised.get(kennedy.path()) + 1);
        assertThat(value("household.characterised", kennedy.path(), from, today.minusDays(2))).isEqualTo(
                snapshot("household.characterised", from, today.minusDays(2)).get(kennedy.path()));
        assertThat(value("household.characterised", district.path(), from, today))
                .isEqualTo(characterised.get(district.path()));
    }

    @Test
    void aHouseholdCountsFromItsFirstCharacterisationThroughInsertsUpdatesAndDeletes() throws Exception {
        long h = householdIn(upzB);
        LocalDate d1 = today.minusDays(20);
        LocalDate d0 = today.minusDays(50);
        Map<String, Double> atD0 = snapshot("household.characterised", d0, d0);
        Map<String, Double> atD1 = snapshot("household.characterised", d1, d1);

        long c1 = characterisation(h, upzB.path(), d1);
        everyFigureEqualsTheDirectCount("a first characterisation");
        assertThat(value("household.characterised", upzB.path(), d1, d1)).isEqualTo(atD1.get(upzB.path()) + 1);
        assertThat(value("household.characterised", upzB.path(), d0, d0)).isEqualTo(atD0.get(upzB.path()));

        long c0 = characterisation(h, upzB.path(), d0);
        everyFigureEqualsTheDirectCount("an earlier characterisation");
        assertThat(value("household.characterised", upzB.path(), d0, d0)).isEqualTo(atD0.get(upzB.path()) + 1);
        assertThat(value("household.characterised", upzB.path(), d1, d1)).isEqualTo(atD1.get(upzB.path()) + 1);

        jdbc.sql("update characterization set answered_on = :on where id = :id").param("on", today.minusDays(5))
                .param("id", c0).update();
        everyFigureEqualsTheDirectCount("the earlier one's date changes");
        assertThat(value("household.characterised", upzB.path(), d0, d0)).isEqualTo(atD0.get(upzB.path()));

        jdbc.sql("update characterization set territory_path = :p where id = :id").param("p", upzA.path())
                .param("id", c1).update();
        everyFigureEqualsTheDirectCount("one is filed under another territory");
        jdbc.sql("update characterization set answers = '{\"x\": 1}' where id = :id").param("id", c1).update();
        everyFigureEqualsTheDirectCount("its answers change");

        jdbc.sql("delete from characterization where id = :id").param("id", c1).update();
        everyFigureEqualsTheDirectCount("one is deleted");
        jdbc.sql("delete from characterization where household_id = :h").param("h", h).update();
        everyFigureEqualsTheDirectCount("the last one is deleted");
        assertThat(value("household.characterised", upzB.path(), d1, today)).isEqualTo(
                snapshot("household.characterised", d1, today).get(upzB.path()));
    }

    @Test
    void twoFirstCharacterisationsOfTheSameHouseholdAtOnceCountItOnce() throws Exception {
        long h = householdIn(upzA);
        double before = value("household.characterised", upzA.path(), today, today);
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(s -> {
                characterisation(h, upzA.path(), today);
                firstInserted.countDown();
                sleep(700); // the second transaction runs meanwhile and must wait for this one
            }));
            assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool
                    .submit(() -> tx.executeWithoutResult(s -> characterisation(h, upzA.path(), today.minusDays(1))));
            first.get(20, TimeUnit.SECONDS);
            second.get(20, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        everyFigureEqualsTheDirectCount("two concurrent first characterisations");
        assertThat(value("household.characterised", upzA.path(), today, today)).isEqualTo(before + 1);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
