package org.minga.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.minga.platform.NotFoundException;
import org.minga.privacy.PersonalRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A space's convocation as pages read it: the invitations with their calls. */
@Component
record InvitationReadModel(JdbcClient jdbc) {

    record InvitationView(long id, long spaceId, String kind, Long actorId, Long personId, String valueGroup,
            String name, String email, String phone, String status, Instant emailedAt, Instant remindedAt,
            boolean attended, int calls, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, null);
        }
    }

    record CallView(long id, long invitationId, String invitee, Instant calledAt, String outcome, String notes,
            String calledBy) {
    }

    private static final String SELECT = "select i.*, (select count(*) from space_call c where c.invitation_id = i.id)"
            + " as calls from space_invitation i";

    /** The invitations of a space (no scope check: callers check the space). */
    List<InvitationView> invitations(long spaceId) {
        return jdbc.sql(SELECT + " where i.space_id = :s order by i.name, i.id limit 2000").param("s", spaceId)
                .query(InvitationReadModel::row).list();
    }

    InvitationView invitation(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(InvitationReadModel::row).optional()
                .orElseThrow(() -> new NotFoundException("La invitación " + id + " no existe."));
    }

    private static InvitationView row(ResultSet rs, int n) throws SQLException {
        return new InvitationView(rs.getLong("id"), rs.getLong("space_id"), rs.getString("kind"),
                (Long) rs.getObject("actor_id"), (Long) rs.getObject("person_id"), rs.getString("value_group"),
                rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("status"),
                instant(rs, "emailed_at"), instant(rs, "reminded_at"), rs.getBoolean("attended"), rs.getInt("calls"),
                rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The phone calls to a space's invitees, the latest first (no scope check: callers check the space). */
    List<CallView> calls(long spaceId) {
        return jdbc.sql("""
                select c.*, i.name from space_call c join space_invitation i on i.id = c.invitation_id
                where i.space_id = :s order by c.called_at desc, c.id desc limit 2000""").param("s", spaceId)
                .query((rs, n) -> new CallView(rs.getLong("id"), rs.getLong("invitation_id"), rs.getString("name"),
                        instant(rs, "called_at"), rs.getString("outcome"), rs.getString("notes"),
                        rs.getString("called_by")))
                .list();
    }
}
