package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.minga.governance.internal.Gov.PetitionSource;
import org.minga.governance.internal.Gov.PetitionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Petitions as people read them (the bodies' names, the session they are on); hand-written SQL. */
@Component
record PetitionReadModel(JdbcClient jdbc) {

    public record PetitionView(long id, long jurisdictionId, String territoryPath, Long fromBodyId, String fromBodyName,
            PetitionSource source, String sourceReference, long toBodyId, String toBodyName, String title,
            String description, String raisedBy, OffsetDateTime raisedAt, PetitionStatus status, Long sessionId,
            Integer sessionNumber, String answer, String answeredBy, OffsetDateTime answeredAt, int version)
            implements
                Access.Placed {
        /** Where it comes from, as a person reads it: the lower body, or the space. */
        public String origin() {
            return fromBodyName != null ? fromBodyName : sourceReference;
        }
    }

    private static final String SELECT = """
            select p.*, f.name as from_body_name, t.name as to_body_name, s.number as session_number
              from gov_petition p join gov_body t on t.id = p.to_body_id left join gov_body f on f.id = p.from_body_id
              left join gov_session s on s.id = p.session_id
            """;

    private static PetitionView map(ResultSet rs, int n) throws SQLException {
        return new PetitionView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("territory_path"),
                rs.getObject("from_body_id", Long.class), rs.getString("from_body_name"),
                PetitionSource.valueOf(rs.getString("source")), rs.getString("source_reference"),
                rs.getLong("to_body_id"), rs.getString("to_body_name"), rs.getString("title"),
                rs.getString("description"), rs.getString("raised_by"),
                rs.getObject("raised_at", OffsetDateTime.class), PetitionStatus.valueOf(rs.getString("status")),
                rs.getObject("session_id", Long.class), rs.getObject("session_number", Integer.class),
                rs.getString("answer"), rs.getString("answered_by"), rs.getObject("answered_at", OffsetDateTime.class),
                rs.getInt("version"));
    }

    Optional<PetitionView> byId(long id) {
        return jdbc.sql(SELECT + "where p.id = :id").param("id", id).query(PetitionReadModel::map).optional();
    }

    /** The petitions a body received, open first, newest first. */
    List<PetitionView> received(long bodyId) {
        return jdbc.sql(SELECT + "where p.to_body_id = :b order by p.status = 'ANSWERED', p.raised_at desc limit 100")
                .param("b", bodyId).query(PetitionReadModel::map).list();
    }

    /** The petitions a body raised to those above it, newest first. */
    List<PetitionView> raised(long bodyId) {
        return jdbc.sql(SELECT + "where p.from_body_id = :b order by p.raised_at desc limit 100").param("b", bodyId)
                .query(PetitionReadModel::map).list();
    }

    /** The petitions on a session's agenda. */
    List<PetitionView> onSession(long sessionId) {
        return jdbc.sql(SELECT + "where p.session_id = :s order by p.raised_at").param("s", sessionId)
                .query(PetitionReadModel::map).list();
    }
}
