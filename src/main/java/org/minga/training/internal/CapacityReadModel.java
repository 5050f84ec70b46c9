package org.minga.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.training.internal.TrainingViews.CapacityView;
import org.minga.training.internal.TrainingViews.Gap;
import org.minga.training.internal.TrainingViews.HoldingRow;
import org.minga.training.internal.TrainingViews.TeamView;
import org.minga.training.internal.domain.Audience;
import org.minga.training.internal.domain.CapacityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The capacity catalogue, who holds which capacity (with history), and each team's gaps against its role's needs. */
@Component
record CapacityReadModel(JdbcClient jdbc) {

    List<CapacityView> catalogue(long jurisdictionId) {
        return jdbc.sql("""
                select c.id, c.code, c.name, c.kind,
                       coalesce((select array_agg(k.name order by k.position) from capacity_competence k
                                  where k.capacity_id = c.id), '{}') as competences
                  from capacity c where c.jurisdiction_id = :j order by c.kind, c.code""").param("j", jurisdictionId)
                .query((rs, n) -> new CapacityView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        CapacityKind.valueOf(rs.getString("kind")),
                        List.of((String[]) rs.getArray("competences").getArray())))
                .list();
    }

    Optional<Long> capacityId(long jurisdictionId, String code) {
        return jdbc.sql("select id from capacity where jurisdiction_id = :j and code = :c").param("j", jurisdictionId)
                .param("c", code).query(Long.class).optional();
    }

    /** The capacities a person (or a user) holds, one row per programme that gave it, latest first: the history. */
    List<HoldingRow> holdings(Long personId, Long userId) {
        return jdbc.sql("""
                select c.code, c.name, c.kind, p.code as programme_code, p.name as programme_name, h.acquired_on
                  from capacity_holding h join capacity c on c.id = h.capacity_id
                  join training_programme p on p.id = h.programme_id
                 where h.person_id is not distinct from cast(:p as bigint)
                   and h.user_id is not distinct from cast(:u as bigint)
                 order by h.acquired_on desc, c.code""").param("p", personId).param("u", userId)
                .query((rs, n) -> new HoldingRow(rs.getString("code"), rs.getString("name"),
                        CapacityKind.valueOf(rs.getString("kind")), rs.getString("programme_code"),
                        rs.getString("programme_name"), rs.getObject("acquired_on", LocalDate.class)))
                .list();
    }

    /** The teams of a jurisdiction whose territory lies in the pattern, each with its gaps. */
    List<TeamView> teams(long jurisdictionId, String pathPattern) {
        return jdbc.sql("""
                select t.id, t.code, t.name, t.audience,
                       (select count(*) from training_team_member m where m.team_id = t.id) as members
                  from training_team t where t.jurisdiction_id = :j and t.territory_path like :p order by t.code""")
                .param("j", jurisdictionId).param("p", pathPattern)
                .query((rs, n) -> new TeamView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        Audience.valueOf(rs.getString("audience")), rs.getInt("members"), List.of()))
                .list().stream()
                // the gaps after the teams are read: one query at a time on the request's connection
                .map(t -> new TeamView(t.id(), t.code(), t.name(), t.audience(), t.members(), gaps(t.id()))).toList();
    }

    /**
     * For each capacity the team's role (its audience) needs in its jurisdiction: how many members there are and how
     * many do not hold it. A capacity is a gap while {@code lacking > 0}.
     */
    List<Gap> gaps(long teamId) {
        return jdbc.sql("""
                select c.code, c.name, count(m.*) as members,
                       count(m.*) filter (where not exists (
                           select 1 from capacity_holding h where h.capacity_id = c.id
                              and (h.person_id = m.person_id or h.user_id = m.user_id))) as lacking
                  from training_team t
                  join capacity_requirement r on r.jurisdiction_id = t.jurisdiction_id and r.audience = t.audience
                  join capacity c on c.id = r.capacity_id
                  left join training_team_member m on m.team_id = t.id
                 where t.id = :t group by c.id, c.code, c.name order by c.code""").param("t", teamId)
                .query((rs, n) -> new Gap(rs.getString("code"), rs.getString("name"), rs.getLong("members"),
                        rs.getLong("lacking")))
                .list();
    }

    Optional<Long> teamJurisdiction(long teamId) {
        return jdbc.sql("select jurisdiction_id from training_team where id = :t").param("t", teamId)
                .query(Long.class).optional();
    }

    Optional<String> teamPath(long teamId) {
        return jdbc.sql("select territory_path from training_team where id = :t").param("t", teamId)
                .query(String.class).optional();
    }

    Optional<Long> teamByCode(long jurisdictionId, String code) {
        return jdbc.sql("select id from training_team where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).optional();
    }
}
