package org.minga.household.internal.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import org.minga.household.Households.FieldTeamRef;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.team.FieldTeamRecords.Member;
import org.minga.household.internal.team.FieldTeamRecords.TeamView;
import org.minga.household.internal.team.FieldTeamRecords.Workload;
import org.minga.household.internal.team.FieldTeamRecords.WorkloadRow;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Field teams with their members and territories, and a team's workload: the hand-written SQL. */
@Component
public record FieldTeamReadModel(JdbcClient jdbc, ScopeQueries access) {

    public Optional<FieldTeamRef> fieldTeam(long jurisdictionId, long teamId) {
        return ref("id = :k", jurisdictionId, teamId);
    }

    public Optional<FieldTeamRef> fieldTeamByCode(long jurisdictionId, String code) {
        return ref("code = :k", jurisdictionId, code);
    }

    private Optional<FieldTeamRef> ref(String condition, long jurisdictionId, Object key) {
        return jdbc
                .sql("select id, jurisdiction_id, code, name from field_team where " + condition
                        + " and jurisdiction_id = :j")
                .param("k", key).param("j", jurisdictionId)
                .query((rs, n) -> new FieldTeamRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public TeamView team(long id) {
        List<Member> members = jdbc
                .sql("select name, role, username from field_team_member where team_id = :t order by id")
                .param("t", id).query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        List<String> ts = jdbc.sql("""
                select t.name from field_team_territory ft join territory t on t.id = ft.territory_id
                where ft.team_id = :t order by t.name""").param("t", id).query(String.class).list();
        return jdbc.sql("select * from field_team where id = :id").param("id", id)
                .query((rs, n) -> new TeamView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                        rs.getString("name"), members, ts, rs.getInt("version")))
                .optional()
                .orElseThrow(() -> new NotFoundException("El equipo " + id + " no existe."));
    }

    /** A team the user sees: of their jurisdiction, with at least one territory in their scope. */
    public TeamView visibleTeam(long id, CurrentUser user) {
        TeamView t = team(id);
        AccessScope scope = access.scope(user);
        boolean inScope = AccessPolicy.reachesJurisdiction(user, Capability.READ_PERSONAL_DATA, t.jurisdictionId())
                && jdbc.sql("""
                        select count(*) from field_team_territory ft join territory t on t.id = ft.territory_id
                        where ft.team_id = :t and t.path like :p""").param("t", id).param("p", scope.likePattern())
                        .query(Long.class).single() > 0;
        if (!inScope) {
            throw new ForbiddenException("El equipo está fuera de su alcance territorial.");
        }
        return t;
    }

    /** The codes of the territories assigned to a team, for editing. */
    public List<String> teamTerritoryCodes(long id) {
        return jdbc.sql("""
                select t.code from field_team_territory ft join territory t on t.id = ft.territory_id
                where ft.team_id = :t order by t.code""").param("t", id).query(String.class).list();
    }

    public List<TeamView> teams(CurrentUser user) {
        AccessScope scope = access.scope(user);
        return jdbc.sql("""
                select distinct f.id, f.name from field_team f join field_team_territory ft on ft.team_id = f.id
                join territory t on t.id = ft.territory_id
                where (cast(:j as bigint) is null or f.jurisdiction_id = :j) and t.path like :p order by f.name""")
                .param("j", scope.jurisdictionId()).param("p", scope.likePattern())
                .query((rs, n) -> rs.getLong(1)).list().stream().map(this::team).toList();
    }

    /** Households of the team's territories within the user's scope, priority first, with alerts and visits due. */
    public Workload workload(long teamId, CurrentUser user, PageRequest page) {
        TeamView team = team(teamId);
        if (!AccessPolicy.reachesJurisdiction(user, Capability.READ_PERSONAL_DATA, team.jurisdictionId())) {
            throw new ForbiddenException("El equipo está fuera de su jurisdicción.");
        }
        LocalDate soon = LocalDate.now(access.jurisdiction(team.jurisdictionId()).zoneId()).plusDays(7);
        String from = """
                from household h join territory t on t.id = h.territory_id
                where h.jurisdiction_id = :j and h.territory_path like :scope and exists (
                  select 1 from field_team_territory ft join territory tt on tt.id = ft.territory_id
                  where ft.team_id = :team and h.territory_path like tt.path || '%')""";
        Map<String, Object> p = Map.of("j", team.jurisdictionId(), "scope", access.scope(user).likePattern(), "team",
                teamId,
                "soon", soon);
        record Totals(long households, long priority, long alerts, long due) {
        }
        Totals totals = jdbc.sql("select count(*), count(*) filter (where h.priority), "
                + "coalesce(sum((select count(*) from alert a where a.household_id = h.id and a.status <> 'CERRADA')), 0), "
                + "count(*) filter (where h.next_visit_on <= :soon) " + from)
                .params(p).query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
        List<WorkloadRow> rows = jdbc.sql("select h.id, h.code, t.name, h.address, h.priority, h.next_visit_on, "
                + "(select count(*) from alert a where a.household_id = h.id and a.status <> 'CERRADA') as alerts "
                + from
                + " order by h.priority desc, alerts desc, h.next_visit_on nulls last, h.code limit :l offset :o")
                .params(p).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> {
                    LocalDate next = rs.getObject("next_visit_on", LocalDate.class);
                    return new WorkloadRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            rs.getString("address"), rs.getBoolean("priority"), rs.getInt("alerts"), next,
                            next != null && !next.isAfter(soon));
                }).list();
        return new Workload(team, totals.households(), totals.priority(), totals.alerts(), totals.due(), rows);
    }
}
