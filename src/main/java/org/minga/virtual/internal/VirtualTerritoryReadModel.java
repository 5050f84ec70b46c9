package org.minga.virtual.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.AccessScope;
import org.minga.virtual.internal.VirtualViews.StewardView;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryRow;
import org.minga.virtual.internal.domain.ReachMeasurement;
import org.minga.virtual.internal.domain.StewardRole;
import org.minga.virtual.internal.domain.VirtualTerritoryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-written SQL that shows virtual territories: those of a scope with their latest reach, and one's parts. */
@Component
record VirtualTerritoryReadModel(JdbcClient jdbc) {

    /** The main row of one virtual territory. */
    record Head(long id, long jurisdictionId, long territoryId, String territoryPath, String code, String name,
            VirtualTerritoryKind kind, String address, String rules) {
    }

    /** Virtual territories of the scope's territories and of those above them, by name. */
    List<VirtualTerritoryRow> list(AccessScope scope) {
        return jdbc.sql("""
                select v.id, v.code, v.name, v.kind, v.territory_id, r.members, r.followers
                  from virtual_territory v
                  left join lateral (select members, followers from virtual_territory_reach x
                        where x.virtual_territory_id = v.id order by x.measured_on desc limit 1) r on true
                 where (:all or v.jurisdiction_id = :j)
                   and (v.territory_path like :p or :root like v.territory_path || '%')
                 order by v.name, v.id""").params(scope.filterParams()).param("root", scope.subtreePath())
                .query((rs, n) -> new VirtualTerritoryRow(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), VirtualTerritoryKind.valueOf(rs.getString("kind")),
                        rs.getLong("territory_id"), (Integer) rs.getObject("members"),
                        (Integer) rs.getObject("followers")))
                .list();
    }

    Optional<Head> head(long id) {
        return jdbc.sql("""
                select id, jurisdiction_id, territory_id, territory_path, code, name, kind, address, rules
                  from virtual_territory where id = :id""").param("id", id)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getLong("territory_id"), rs.getString("territory_path"), rs.getString("code"),
                        rs.getString("name"), VirtualTerritoryKind.valueOf(rs.getString("kind")),
                        rs.getString("address"), rs.getString("rules")))
                .optional();
    }

    List<Long> reachedTerritories(long id) {
        return jdbc.sql("select territory_id from virtual_territory_reaches where virtual_territory_id = :id"
                + " order by territory_id").param("id", id).query(Long.class).list();
    }

    /** The population groups the virtual territories of a jurisdiction name, each once, by name. */
    List<String> populationGroupNames(long jurisdictionId) {
        return jdbc.sql("""
                select distinct g.name from virtual_territory_population_group g
                  join virtual_territory v on v.id = g.virtual_territory_id
                 where v.jurisdiction_id = :j order by g.name""").param("j", jurisdictionId).query(String.class)
                .list();
    }

    List<String> populationGroups(long id) {
        return jdbc.sql("select name from virtual_territory_population_group where virtual_territory_id = :id"
                + " order by position").param("id", id).query(String.class).list();
    }

    List<StewardView> stewards(long id) {
        return jdbc.sql("select name, role from virtual_territory_steward where virtual_territory_id = :id"
                + " order by position").param("id", id)
                .query((rs, n) -> new StewardView(rs.getString("name"), StewardRole.valueOf(rs.getString("role"))))
                .list();
    }

    /** The reach of one virtual territory, one measurement a date, oldest first. */
    List<ReachMeasurement> reach(long id) {
        return new ArrayList<>(jdbc.sql("""
                select measured_on, members, followers from virtual_territory_reach
                 where virtual_territory_id = :id order by measured_on""").params(Map.of("id", id))
                .query((rs, n) -> new ReachMeasurement(rs.getObject("measured_on", LocalDate.class),
                        rs.getInt("members"), rs.getInt("followers")))
                .list());
    }

    /** Whether the campaign goes through the virtual territory. */
    boolean campaignUses(long campaignId, long virtualTerritoryId) {
        return jdbc.sql("select exists (select 1 from campaign_channel where campaign_id = :c"
                + " and virtual_territory_id = :v)").param("c", campaignId).param("v", virtualTerritoryId)
                .query(Boolean.class).single();
    }

    /** Whether the online session was held in the virtual territory. */
    boolean sessionIn(long sessionId, long virtualTerritoryId) {
        return jdbc.sql("select exists (select 1 from online_session where id = :s and virtual_territory_id = :v)")
                .param("s", sessionId).param("v", virtualTerritoryId).query(Boolean.class).single();
    }

    /** A virtual territory that touches a physical one, with where it lies (for the access check). */
    record Touching(long id, String name, VirtualTerritoryKind kind, long jurisdictionId, String territoryPath) {
    }

    /** The virtual territories run from a territory or reaching it, by name. */
    List<Touching> touching(long territoryId) {
        return jdbc.sql("""
                select v.id, v.name, v.kind, v.jurisdiction_id, v.territory_path from virtual_territory v
                 where v.territory_id = :t or exists (select 1 from virtual_territory_reaches r
                        where r.virtual_territory_id = v.id and r.territory_id = :t)
                 order by v.name, v.id""").param("t", territoryId)
                .query((rs, n) -> new Touching(rs.getLong("id"), rs.getString("name"),
                        VirtualTerritoryKind.valueOf(rs.getString("kind")), rs.getLong("jurisdiction_id"),
                        rs.getString("territory_path")))
                .list();
    }
}
