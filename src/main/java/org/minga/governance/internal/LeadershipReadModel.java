package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.governance.internal.Gov.LeadershipStepKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inventory of leaderships as stored (the person by id: household gives the name, under its privacy rules),
 * with the trajectory; hand-written SQL.
 */
@Component
record LeadershipReadModel(JdbcClient jdbc, Actors actors) {

    public record LeadershipRow(long id, long jurisdictionId, long personId, long territoryId, String territoryName,
            String territoryPath, Long organizationId, String organizationName, String field, LocalDate since,
            boolean emerging, boolean active, int version) implements Access.Placed {
        LeadershipRow withOrganizationName(String name) {
            return new LeadershipRow(id, jurisdictionId, personId, territoryId, territoryName, territoryPath,
                    organizationId, name, field, since, emerging, active, version);
        }
    }

    public record StepRow(LeadershipStepKind kind, String name, LocalDate onDate) {
    }

    private static final String SELECT = """
            select l.*, t.name as territory_name from gov_leadership l join territory t on t.id = l.territory_id
            """;

    private static LeadershipRow map(ResultSet rs, int n) throws SQLException {
        return new LeadershipRow(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getLong("person_id"),
                rs.getLong("territory_id"), rs.getString("territory_name"), rs.getString("territory_path"),
                rs.getObject("organization_id", Long.class), null,
                rs.getString("field"), rs.getObject("since", LocalDate.class), rs.getBoolean("emerging"),
                rs.getBoolean("active"), rs.getInt("version"));
    }

    Optional<LeadershipRow> byId(long id) {
        return jdbc.sql(SELECT + "where l.id = :id").param("id", id).query(LeadershipReadModel::map).optional()
                .map(l -> named(List.of(l)).get(0));
    }

    /** The rows with their organisations' names, from one look-up (actor's). */
    private List<LeadershipRow> named(List<LeadershipRow> rows) {
        return OwnerNames.filled(rows, LeadershipRow::organizationId, actors::names,
                LeadershipRow::withOrganizationName);
    }

    Optional<Long> ofPerson(long jurisdictionId, long personId) {
        return jdbc.sql("select id from gov_leadership where jurisdiction_id = :j and person_id = :p")
                .param("j", jurisdictionId).param("p", personId).query(Long.class).optional();
    }

    /** The leaderships the user sees, active first, newest recognised first; only the new ones when asked. */
    List<LeadershipRow> list(long jurisdictionId, String prefix, boolean emergingOnly) {
        return named(jdbc.sql(SELECT + "where " + Access.visibleSql("l") + (emergingOnly ? " and l.emerging" : "")
                + " order by l.active desc, l.since desc, l.id limit 500").param("j", jurisdictionId)
                .param("prefix", prefix).query(LeadershipReadModel::map).list());
    }

    List<StepRow> steps(long leadershipId) {
        return jdbc.sql("select kind, name, on_date from gov_leadership_step where leadership_id = :l "
                + "order by on_date, position").param("l", leadershipId)
                .query((rs, i) -> new StepRow(LeadershipStepKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        rs.getObject("on_date", LocalDate.class)))
                .list();
    }
}
