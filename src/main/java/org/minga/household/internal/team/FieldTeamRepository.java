package org.minga.household.internal.team;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.team.FieldTeamRecords.Member;
import org.minga.platform.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of field teams: the team's row, its members and the territories it visits. Hand-written rather than
 * Spring Data JDBC: a user changes only the assignments inside their own scope, and keeps the others.
 */
@Repository
@RequiredArgsConstructor
class FieldTeamRepository {

    private final JdbcClient jdbc;

    long add(long jurisdictionId, String code, String name) {
        return jdbc.sql("insert into field_team (jurisdiction_id, code, name) values (:j, :c, :n) returning id")
                .param("j", jurisdictionId).param("c", code).param("n", name).query(Long.class).single();
    }

    /** Renames the team if nobody changed it since {@code version} was read; refuses otherwise. */
    void rename(long id, String name, int version) {
        int n = jdbc.sql("update field_team set name = :n, version = version + 1 where id = :id and version = :v")
                .param("n", name).param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó este equipo; recargue la página.");
        }
    }

    /** The team's members become {@code members} (as {@link FieldTeam} trimmed them), in their order. */
    void replaceMembers(long id, List<Member> members) {
        jdbc.sql("delete from field_team_member where team_id = :t").param("t", id).update();
        for (Member m : members) {
            jdbc.sql("insert into field_team_member (team_id, name, role, username) values (:t, :n, :r, :u)")
                    .param("t", id).param("n", m.name()).param("r", m.role()).param("u", m.username()).update();
        }
    }

    /**
     * The team's territories under {@code likePattern} (a scope's {@code likePattern()}) become {@code territoryIds};
     * those outside it are kept.
     */
    void replaceTerritories(long id, String likePattern, List<Long> territoryIds) {
        jdbc.sql("""
                delete from field_team_territory ft using territory t
                where ft.team_id = :t and t.id = ft.territory_id and t.path like :p""")
                .param("t", id).param("p", likePattern).update();
        assignTerritories(id, territoryIds);
    }

    void assignTerritories(long id, List<Long> territoryIds) {
        for (long t : territoryIds) {
            jdbc.sql("insert into field_team_territory (team_id, territory_id) values (:t, :tt) on conflict do nothing")
                    .param("t", id).param("tt", t).update();
        }
    }

    /** The team's institutional contact (phone, e-mail), shown on the local management board. */
    void contact(long id, String phone, String email) {
        jdbc.sql("update field_team set contact_phone = :p, contact_email = :e, version = version + 1 where id = :id")
                .param("p", phone).param("e", email).param("id", id).update();
    }
}
