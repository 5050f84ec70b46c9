package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Rollups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The board's household rollup and the open-alerts rollup (V810, issue 22) agree with the base tables after inserts,
 * updates (an alert closed, a household moved, a team reassigned, a care plan closed, a position corrected) and
 * deletes, before and after compaction; and the board a user sees equals direct counts.
 */
@MingaTest
class BoardRollupTests {

    static final String TAG = "board-rollup-test";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Rollups rollups;

    long j;
    long suba;
    String subaPath;
    long district;
    long subaTeam;
    long kennedyTeam;
    List<Upz> upz;

    record Upz(long id, String path) {
    }

    @BeforeEach
    void territories() {
        j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        suba = territory("11");
        district = territory("11001");
        subaPath = jdbc.sql("select path from territory where id = :id").param("id", suba).query(String.class)
                .single();
        List<Upz> subaUpz = jdbc.sql("select id, path from territory where parent_id = :p order by code")
                .param("p", suba).query(Upz.class).list();
        Upz kennedyUpz = jdbc.sql("select id, path from territory where parent_id = :p order by code limit 1")
                .param("p", territory("08")).query(Upz.class).single();
        upz = List.of(subaUpz.get(0), subaUpz.get(1), kennedyUpz);
        subaTeam = team("EBE-SUBA-1");
        kennedyTeam = team("EBE-KEN-1");
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from alert where detail = :t").param("t", TAG).update();
        jdbc.sql("delete from care_plan where created_by = :t").param("t", TAG).update();
        jdbc.sql("delete from household where created_by = :t").param("t", TAG).update();
    }

    long territory(String code) {
        return jdbc.sql("select id from territory where jurisdiction_id = :j and code = :c").param("j", j)
                .param("c", code).query(Long.class).single();
    }

    long team(String code) {
        return jdbc.sql("select id from field_team where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void theBoardsRollupsAgreeWithTheBaseTablesThroughInsertsUpdatesCompactionAndDeletes() throws Exception {
        // 60 households over two UPZ of Suba, a third with no position, half with Suba's team, some prioritised
        jdbc.sql(
                """
                        insert into household (jurisdiction_id, code, territory_id, territory_path, latitude, longitude, priority,
                                               next_visit_on, field_team_id, created_by)
                        select :j, 'BRT-' || g, case when g % 2 = 0 then :a else :b end,
                               case when g % 2 = 0 then :ap else :bp end,
                               case when g % 3 = 0 then null else 4.7 + g / 1000.0 end,
                               case when g % 3 = 0 then null else -74.1 - g / 3000.0 end,
                               g % 4 = 0, case when g % 5 = 0 then null else current_date + (g % 12) end,
                               case when g % 2 = 0 then :team end, :tag
                          from generate_series(1, 60) g""")
                .param("j", j).param("a", upz.get(0).id())
                .param("ap", upz.get(0).path()).param("b", upz.get(1).id()).param("bp", upz.get(1).path())
                .param("team", subaTeam).param("tag", TAG).update();
        long rule = jdbc.sql("select min(id) from alert_rule where jurisdiction_id = :j").param("j", j)
                .query(Long.class).single();
        long other = jdbc.sql("select max(id) from alert_rule where jurisdiction_id = :j").param("j", j)
                .query(Long.class).single();
        // alerts on a household in three, a second one on a household in six, opened over the last days
        jdbc.sql(
                """
                        insert into alert (jurisdiction_id, rule_id, household_id, territory_path, severity, field_team_id, status,
                                           detail, due_on, created_at)
                        select h.jurisdiction_id, r.rule, h.id, h.territory_path,
                               case when h.id % 2 = 0 then 'ALTA' else 'MEDIA' end, h.field_team_id, 'ABIERTA', :tag,
                               current_date, now() - ((h.id % 4) || ' days')::interval
                          from household h cross join (values (:r1), (:r2)) r (rule)
                         where h.created_by = :tag and (h.id % 3 = 0 and r.rule = :r1 or h.id % 6 = 0 and r.rule = :r2)""")
                .param("r1", rule).param("r2", other).param("tag", TAG).update();
        jdbc.sql("""
                insert into care_plan (jurisdiction_id, household_id, territory_path, status, opened_on, created_by)
                select jurisdiction_id, id, territory_path, 'ACTIVO', current_date, :tag from household
                 where created_by = :tag and id % 4 <> 1""").param("tag", TAG).update();
        agree("households, alerts and care plans inserted");

        jdbc.sql("update alert set status = 'CERRADA', closed_at = now() where detail = :tag and id % 2 = 0")
                .param("tag", TAG).update();
        jdbc.sql("update alert set status = 'EN_GESTION' where detail = :tag and id % 2 = 1").param("tag", TAG)
                .update();
        jdbc.sql("update household set territory_id = :k, territory_path = :kp where created_by = :tag and id % 5 = 0")
                .param("k", upz.get(2).id()).param("kp", upz.get(2).path()).param("tag", TAG).update();
        jdbc.sql("""
                update household set field_team_id = case when field_team_id is null then :s else :k end
                 where created_by = :tag and id % 7 in (1, 2)""").param("s", subaTeam).param("k", kennedyTeam)
                .param("tag", TAG).update();
        jdbc.sql(
                "update care_plan set status = 'CERRADO', closed_on = current_date where created_by = :tag and id % 3 = 0")
                .param("tag", TAG).update();
        jdbc.sql(
                """
                        update household set latitude = latitude + 0.001, next_visit_on = current_date + 1, priority = not priority
                         where created_by = :tag and id % 4 = 2""")
                .param("tag", TAG).update();
        agree("alerts closed, households moved and reassigned, plans closed, positions corrected");

        rollups.compact();
        agree("compaction");

        jdbc.sql("delete from alert where detail = :tag and id % 3 = 0").param("tag", TAG).update();
        jdbc.sql("delete from care_plan where created_by = :tag and household_id % 2 = 0").param("tag", TAG).update();
        jdbc.sql("delete from household h where created_by = :tag and h.id % 2 = 0 and not exists "
                + "(select 1 from alert a where a.household_id = h.id) and not exists "
                + "(select 1 from care_plan c where c.household_id = h.id)").param("tag", TAG).update();
        agree("alerts, plans and households deleted");
        cleanUp();
        agree("the test's households are gone");
    }

    /** The rollups against their base tables regrouped, and Suba's board against direct counts. */
    void agree(String when) throws Exception {
        String keys = "jurisdiction_id, territory_path, field_team_id, priority, visit_on";
        String kept = "select " + keys + ", sum(n), sum(lat_n), sum(lat_sum), sum(lon_n), sum(lon_sum) "
                + "from household_board_rollup group by " + keys + " having sum(n) <> 0";
        String regrouped = """
                select g.jurisdiction_id, a.path, g.team, g.priority, g.visit_on, sum(g.n), sum(g.lat_n), sum(g.lat_sum),
                       sum(g.lon_n), sum(g.lon_sum)
                  from (select jurisdiction_id, territory_path, coalesce(field_team_id, 0) as team, priority,
                               coalesce(next_visit_on, 'infinity') as visit_on, count(*) as n, count(latitude) as lat_n,
                               coalesce(sum(latitude::numeric), 0) as lat_sum, count(longitude) as lon_n,
                               coalesce(sum(longitude::numeric), 0) as lon_sum
                          from household group by 1, 2, 3, 4, 5) g
                 cross join lateral minga_path_prefixes(g.territory_path) a (path)
                 group by 1, 2, 3, 4, 5""";
        assertThat(jdbc.sql("select count(*) from ((" + kept + " except " + regrouped + ") union all (" + regrouped
                + " except " + kept + ")) d").query(Long.class).single()).as("the board's rollup after " + when)
                        .isZero();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        for (String path : List.of(subaPath, upz.get(0).path(), upz.get(1).path(), upz.get(2).path())) {
            for (LocalDate d : List.of(today.minusDays(2), today, today.plusDays(1))) {
                long rolled = jdbc.sql("""
                        select coalesce(sum(n), 0) from alert_rollup where jurisdiction_id = :j and territory_path = :p
                           and opened_on <= :d and closed_on > :d""").param("j", j).param("p", path).param("d", d)
                        .query(Long.class).single();
                long counted = jdbc.sql("""
                        select count(*) from alert a where a.jurisdiction_id = :j and a.territory_path like :p
                           and (a.created_at at time zone 'America/Bogota')::date <= :d
                           and (a.closed_at is null or (a.closed_at at time zone 'America/Bogota')::date > :d)""")
                        .param("j", j).param("p", path + "%").param("d", d).query(Long.class).single();
                assertThat(rolled).as("alerts open at " + d + " in " + path + " after " + when).isEqualTo(counted);
            }
        }
        JsonNode board = json.readTree(mvc
                .perform(get("/api/v1/board").param("territory", String.valueOf(suba))
                        .with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(board.get("householdsTotal").asLong()).as("Suba's households after " + when)
                .isEqualTo(count("select count(*) from household where territory_path like :p", subaPath));
        for (JsonNode c : board.get("clusters")) {
            String p = jdbc.sql("select path from territory where id = :id").param("id", c.get("territoryId").asLong())
                    .query(String.class).single();
            String what = c.get("name").asText() + " after " + when;
            assertThat(c.get("households").asLong()).as(what)
                    .isEqualTo(count("select count(*) from household where territory_path like :p", p));
            assertThat(c.get("priority").asLong()).as(what)
                    .isEqualTo(count("select count(*) from household where priority and territory_path like :p", p));
            assertThat(c.get("withAlerts").asLong()).as(what).isEqualTo(
                    count("""
                            select count(distinct household_id) from alert where status <> 'CERRADA' and territory_path like :p""",
                            p));
            assertThat(c.get("withSevereAlerts").asLong()).as(what).isEqualTo(count("""
                    select count(distinct household_id) from alert
                     where status <> 'CERRADA' and severity in ('ALTA', 'CRITICA') and territory_path like :p""", p));
            assertThat(c.get("withActivePlan").asLong()).as(what).isEqualTo(
                    count("""
                            select count(distinct household_id) from care_plan where status = 'ACTIVO' and territory_path like :p""",
                            p));
        }
        for (JsonNode t : board.get("teams")) {
            long id = t.get("id").asLong();
            String what = t.get("code").asText() + " after " + when;
            String mine = " and field_team_id = " + id;
            assertThat(t.get("households").asLong()).as(what)
                    .isEqualTo(count("select count(*) from household where territory_path like :p" + mine, subaPath));
            assertThat(t.get("visitsDue").asLong()).as(what).isEqualTo(jdbc
                    .sql("select count(*) from household where territory_path like :p and next_visit_on <= :soon"
                            + mine)
                    .param("p", subaPath + "%").param("soon", today.plusDays(7)).query(Long.class).single());
            assertThat(t.get("openAlerts").asLong()).as(what).isEqualTo(
                    count("select count(*) from alert where status <> 'CERRADA' and territory_path like :p" + mine,
                            subaPath));
            assertThat(t.get("activePlans").asLong()).as(what).isEqualTo(count("""
                    select count(*) from care_plan c join household h on h.id = c.household_id
                     where c.status = 'ACTIVO' and c.territory_path like :p and h.field_team_id = """ + id,
                    subaPath));
            Double lat = jdbc.sql("select avg(latitude) from household where territory_path like :p" + mine)
                    .param("p", subaPath + "%").query((rs, n) -> (Double) rs.getObject(1)).list().get(0);
            if (lat == null) {
                assertThat(t.hasNonNull("lat")).as(what).isFalse();
            } else {
                assertThat(t.get("lat").asDouble()).as(what).isCloseTo(lat, within(1e-9));
            }
        }
    }

    long count(String sql, String path) {
        return jdbc.sql(sql).param("p", path + "%").query(Long.class).single();
    }
}
