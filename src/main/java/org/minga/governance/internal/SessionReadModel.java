package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.Gov.AttendanceStatus;
import org.minga.governance.internal.Gov.MemberRole;
import org.minga.governance.internal.Gov.SessionStatus;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sessions as people read them (in their jurisdiction's zone, with their body), and their attendance marks. */
@Component
record SessionReadModel(JdbcClient jdbc, Actors actors) {

    public record SessionView(long id, long jurisdictionId, long bodyId, String bodyName, String territoryPath,
            int number, ZonedDateTime startsAt, int durationMin, String place, String link,
            String agenda, String minutes, String decisions, SessionStatus status,
            OffsetDateTime closedAt, String closedBy, int version) implements Access.Placed {
        public boolean closed() {
            return status == SessionStatus.CLOSED;
        }
    }

    private static final String SELECT = """
            select s.*, b.name as body_name, b.territory_path, j.time_zone from gov_session s
            join gov_body b on b.id = s.body_id join jurisdiction j on j.id = s.jurisdiction_id
            """;

    static SessionView map(ResultSet rs, int n) throws SQLException {
        ZonedDateTime at = rs.getObject("starts_at", OffsetDateTime.class)
                .atZoneSameInstant(ZoneId.of(rs.getString("time_zone")));
        return new SessionView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getLong("body_id"),
                rs.getString("body_name"), rs.getString("territory_path"), rs.getInt("number"), at,
                rs.getInt("duration_min"), rs.getString("place"), rs.getString("link"), rs.getString("agenda"),
                rs.getString("minutes"), rs.getString("decisions"), SessionStatus.valueOf(rs.getString("status")),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closed_by"), rs.getInt("version"));
    }

    Optional<SessionView> byId(long id) {
        return jdbc.sql(SELECT + "where s.id = :id").param("id", id).query(SessionReadModel::map).optional();
    }

    PageResult<SessionView> ofBody(long bodyId, PageRequest page) {
        long total = jdbc.sql("select count(*) from gov_session where body_id = :b").param("b", bodyId)
                .query(Long.class).single();
        List<SessionView> items = jdbc.sql(SELECT + "where s.body_id = :b order by s.starts_at desc limit :l offset :o")
                .param("b", bodyId).param("l", page.size()).param("o", page.offset()).query(SessionReadModel::map)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    List<SessionView> all(long bodyId) {
        return jdbc.sql(SELECT + "where s.body_id = :b order by s.starts_at limit 1000").param("b", bodyId)
                .query(SessionReadModel::map).list();
    }

    /** A comment on a session's draft acta. */
    public record ActaComment(String author, String comment, OffsetDateTime at) {
    }

    /** When the draft acta was last circulated for comments, and the comments received, oldest first. */
    public record Circulation(OffsetDateTime circulatedAt, List<ActaComment> comments) {
        public boolean circulated() {
            return circulatedAt != null;
        }
    }

    Circulation circulation(long sessionId) {
        OffsetDateTime at = jdbc.sql("select circulated_at from gov_session where id = :s").param("s", sessionId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().orElse(null);
        List<ActaComment> comments = jdbc
                .sql("select author, comment, created_at from gov_acta_comment where session_id = :s order by id")
                .param("s", sessionId).query((rs, n) -> new ActaComment(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .list();
        return new Circulation(at, comments);
    }

    /** Each marked member's attendance at a session. */
    Map<Long, AttendanceStatus> marks(long sessionId) {
        Map<Long, AttendanceStatus> marked = new HashMap<>();
        jdbc.sql("select member_id, status from gov_attendance where session_id = :s").param("s", sessionId)
                .query((rs, n) -> marked.put(rs.getLong(1), AttendanceStatus.valueOf(rs.getString(2)))).list();
        return marked;
    }

    /** Members since retired who were marked at a session, the actors' names from actor's API. */
    List<MemberView> retiredMarked(long sessionId) {
        List<MemberView> rows = jdbc.sql("""
                select m.* from gov_member m
                join gov_attendance at on at.member_id = m.id and at.session_id = :s where not m.active""")
                .param("s", sessionId)
                .query((rs, n) -> new MemberView(rs.getLong("id"), rs.getLong("body_id"), rs.getLong("actor_id"),
                        null, rs.getString("person_name"), rs.getString("position"), rs.getString("email"), null,
                        null, MemberRole.valueOf(rs.getString("role")), false))
                .list();
        return OwnerNames.filled(rows, MemberView::actorId, actors::names, MemberView::withActorName);
    }
}
