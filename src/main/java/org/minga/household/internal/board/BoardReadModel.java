package org.minga.household.internal.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.board.BoardRecords.Cluster;
import org.minga.household.internal.board.BoardRecords.HouseholdPoint;
import org.minga.household.internal.board.BoardRecords.TeamMember;
import org.minga.household.internal.board.BoardRecords.TeamOnBoard;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The board's SQL: households counted per child territory (one statement: households, priority and positions from
 * {@code household_board_rollup}, kept by triggers (V810), a few rows per territory, team and visit day; open alerts
 * and active plans, a few per hundred households, on the (jurisdiction, path prefix) indexes of alert and
 * care_plan), the households of one territory, and the teams that work in it with their workload. Callers pass paths
 * already inside the user's scope.
 */
@Component
record BoardReadModel(JdbcClient jdbc) {

    /** The counts of each child's subtree; positions are the mean of its households' coordinates, if any. */
    Map<Long, Cluster> clusters(long jurisdictionId, List<TerritoryView> children) {
        Map<Long, Cluster> out = new LinkedHashMap<>();
        if (children.isEmpty()) {
            return out;
        }
        Map<String, TerritoryView> byPath = new LinkedHashMap<>();
        children.forEach(c -> byPath.put(c.path(), c));
        jdbc.sql(
                """
                        select p.path, h.n, h.priority, h.lat, h.lon,
                               (select count(distinct a.household_id) from alert a
                                 where a.jurisdiction_id = :j and a.status in ('ABIERTA', 'EN_GESTION')
                                   and a.territory_path ~>=~ p.path and a.territory_path ~<~ (p.path || '~')) as alerts,
                               (select count(distinct a.household_id) from alert a
                                 where a.jurisdiction_id = :j and a.status in ('ABIERTA', 'EN_GESTION')
                                   and a.severity in ('CRITICA', 'ALTA')
                                   and a.territory_path ~>=~ p.path and a.territory_path ~<~ (p.path || '~')) as severe,
                               (select count(distinct c.household_id) from care_plan c
                                 where c.jurisdiction_id = :j and c.status = 'ACTIVO'
                                   and c.territory_path ~>=~ p.path and c.territory_path ~<~ (p.path || '~')) as plans
                          from unnest(cast(:paths as text[])) as p(path)
                          cross join lateral (select coalesce(sum(r.n), 0) as n,
                                                     coalesce(sum(r.n) filter (where r.priority), 0) as priority,
                                                     cast(sum(r.lat_sum) / nullif(sum(r.lat_n), 0) as double precision) as lat,
                                                     cast(sum(r.lon_sum) / nullif(sum(r.lon_n), 0) as double precision) as lon
                                                from household_board_rollup r
                                               where r.jurisdiction_id = :j and r.territory_path = p.path) h""")
                .param("j", jurisdictionId).param("paths", byPath.keySet().toArray(String[]::new))
                .query((rs, n) -> {
                    TerritoryView t = byPath.get(rs.getString("path"));
                    long households = rs.getLong("n");
                    long plans = rs.getLong("plans");
                    out.put(t.id(), new Cluster(t.id(), t.code(), t.name(), households, rs.getLong("priority"),
                            rs.getLong("alerts"), rs.getLong("severe"), plans, households - plans,
                            (Double) rs.getObject("lat"), (Double) rs.getObject("lon"), false));
                    return null;
                }).list();
        return out;
    }

    long householdsIn(long jurisdictionId, String path) {
        return jdbc.sql("""
                select coalesce(sum(r.n), 0) from household_board_rollup r
                 where r.jurisdiction_id = :j and r.territory_path = :p""")
                .param("j", jurisdictionId).param("p", path).query(Long.class).single();
    }

    /**
     * The households of a subtree, prioritised and alerted first, at most {@code limit}. Only two kinds of household
     * can be among them, so only those are ranked by their open alerts: the first {@code limit} by priority and code
     * (a household without alert ranks after fewer than {@code limit} of the others), and the households with an
     * alert open in the subtree (found on the alerts' scope index).
     */
    List<HouseholdPoint> households(long jurisdictionId, String path, int limit) {
        return jdbc
                .sql("""
                        with pick as ((select h.id from household h
                                        where h.jurisdiction_id = :j
                                          and h.territory_path ~>=~ :p and h.territory_path ~<~ (:p || '~')
                                        order by h.priority desc, h.code limit :l)
                                      union
                                      select a.household_id from alert a
                                       where a.jurisdiction_id = :j and a.status in ('ABIERTA', 'EN_GESTION')
                                         and a.territory_path ~>=~ :p and a.territory_path ~<~ (:p || '~'))
                        select h.id, h.code, t.name as territory, h.latitude, h.longitude, h.priority, h.field_team_id,
                               (select count(*) from alert a where a.household_id = h.id and a.status <> 'CERRADA') as alerts,
                               (select a.severity from alert a where a.household_id = h.id and a.status <> 'CERRADA'
                                 order by case a.severity when 'CRITICA' then 0 when 'ALTA' then 1 when 'MEDIA' then 2 else 3 end
                                 limit 1) as severity,
                               (select c.status from care_plan c where c.household_id = h.id
                                 order by (c.status = 'ACTIVO') desc, c.opened_on desc limit 1) as plan
                          from pick join household h on h.id = pick.id join territory t on t.id = h.territory_id
                         where h.jurisdiction_id = :j and h.territory_path ~>=~ :p and h.territory_path ~<~ (:p || '~')
                         order by h.priority desc, alerts desc, h.code
                         limit :l""")
                .param("j", jurisdictionId).param("p", path).param("l", limit)
                .query((rs, n) -> new HouseholdPoint(rs.getLong("id"), rs.getString("code"),
                        rs.getString("territory"), (Double) rs.getObject("latitude"),
                        (Double) rs.getObject("longitude"), rs.getBoolean("priority"), rs.getInt("alerts"),
                        rs.getString("severity"), rs.getString("plan"), (Long) rs.getObject("field_team_id")))
                .list();
    }

    /**
     * The teams with a territory in {@code path}'s subtree, or assigned to a household of it, and their workload
     * there: households assigned, their open alerts, active care plans and visits due within a week.
     */
    List<TeamOnBoard> teams(long jurisdictionId, String path, LocalDate today) {
        record Row(long id, String code, String name, String phone, String email, long households, long alerts,
                long plans, long due, Double lat, Double lon) {
        }
        // the subtree's households from the board's rollup (V810), its alerts and active plans each read once on their
        // scope index, grouped by team
        List<Row> rows = jdbc.sql("""
                with w as (select r.field_team_id as team, sum(r.n) as households,
                                  sum(r.n) filter (where r.visit_on <= :soon) as due,
                                  cast(sum(r.lat_sum) / nullif(sum(r.lat_n), 0) as double precision) as lat,
                                  cast(sum(r.lon_sum) / nullif(sum(r.lon_n), 0) as double precision) as lon
                             from household_board_rollup r
                            where r.jurisdiction_id = :j and r.territory_path = :p and r.field_team_id <> 0
                            group by r.field_team_id
                           having sum(r.n) <> 0),
                     a as (select a.field_team_id as team, count(*) as alerts from alert a
                            where a.jurisdiction_id = :j and a.status in ('ABIERTA', 'EN_GESTION')
                              and a.field_team_id is not null
                              and a.territory_path ~>=~ :p and a.territory_path ~<~ (:p || '~')
                            group by a.field_team_id),
                     c as (select h.field_team_id as team, count(*) as plans
                             from care_plan c join household h on h.id = c.household_id
                            where c.jurisdiction_id = :j and c.status = 'ACTIVO'
                              and c.territory_path ~>=~ :p and c.territory_path ~<~ (:p || '~')
                            group by h.field_team_id)
                select f.id, f.code, f.name, f.contact_phone, f.contact_email, coalesce(w.households, 0) as households,
                       coalesce(a.alerts, 0) as alerts, coalesce(c.plans, 0) as plans, coalesce(w.due, 0) as due,
                       w.lat, w.lon
                  from field_team f
                  left join w on w.team = f.id left join a on a.team = f.id left join c on c.team = f.id
                 where f.jurisdiction_id = :j
                   and exists (select 1 from field_team_territory ft join territory t on t.id = ft.territory_id
                                where ft.team_id = f.id and (t.path like :p || '%' or :p like t.path || '%'))
                 order by f.name""")
                .param("j", jurisdictionId).param("p", path).param("soon", today.plusDays(7))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("contact_phone"), rs.getString("contact_email"), rs.getLong("households"),
                        rs.getLong("alerts"), rs.getLong("plans"), rs.getLong("due"), (Double) rs.getObject("lat"),
                        (Double) rs.getObject("lon")))
                .list();
        // members and territories once the teams' rows are read: a query inside a row mapper would take a second
        // connection while the first is still reading
        List<TeamOnBoard> teams = new ArrayList<>();
        for (Row r : rows) {
            teams.add(new TeamOnBoard(r.id(), r.code(), r.name(), r.phone(), r.email(), members(r.id()),
                    territories(r.id(), path), r.households(), r.alerts(), r.plans(), r.due(), r.lat(), r.lon()));
        }
        return teams;
    }

    private List<TeamMember> members(long team) {
        return jdbc.sql("select name, role from field_team_member where team_id = :t order by id").param("t", team)
                .query((rs, n) -> new TeamMember(rs.getString(1), rs.getString(2))).list();
    }

    /** The team's territories that overlap the board's subtree (inside it, or containing it). */
    private List<String> territories(long team, String path) {
        return jdbc.sql("""
                select t.name from field_team_territory ft join territory t on t.id = ft.territory_id
                 where ft.team_id = :t and (t.path like :p || '%' or :p like t.path || '%') order by t.name""")
                .param("t", team).param("p", path).query(String.class).list();
    }
}
