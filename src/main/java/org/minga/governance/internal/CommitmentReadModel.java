package org.minga.governance.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.governance.internal.CommitmentStatements.DueRow;
import org.minga.governance.internal.Gov.CommitmentStatus;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Commitments as people read them (with their body, session and responsible actor, and whether they are overdue in
 * business days), their co-responsible actors, notes and evidence; hand-written SQL, every list paged or capped, the
 * actors' names from actor's API.
 */
@Component
record CommitmentReadModel(JdbcClient jdbc, CommitmentCalendar calendar, Actors actors) {

    public record CommitmentView(long id, long jurisdictionId, long bodyId, String bodyName, Long sessionId,
            Integer sessionNumber, String territoryPath, String title, String description,
            long responsibleActorId, String responsibleActorName, Long responsibleMemberId,
            String responsiblePerson, Long responsibleUserId, String strategicGoal, List<String> sectors,
            LocalDate dueDate, CommitmentStatus status, boolean overdue, int progress,
            LocalDate completedOn, int version) implements Access.Placed {
        /** The status users see: an open commitment past its due date is "vencido" even before the daily job runs. */
        public CommitmentStatus effectiveStatus() {
            return overdue && status.open() ? CommitmentStatus.OVERDUE : status;
        }

        public List<String> sectorLabels() {
            return sectors.stream().map(s -> Sector.valueOf(s).label()).toList();
        }

        CommitmentView withResponsibleActorName(String name) {
            return new CommitmentView(id, jurisdictionId, bodyId, bodyName, sessionId, sessionNumber, territoryPath,
                    title, description, responsibleActorId, name, responsibleMemberId, responsiblePerson,
                    responsibleUserId, strategicGoal, sectors, dueDate, status, overdue, progress, completedOn,
                    version);
        }
    }

    public record NoteView(long id, Long sessionId, String note, Integer progress, String author,
            OffsetDateTime createdAt) {
    }

    public record EvidenceView(long id, String name, String url, String contentType, boolean file, String author,
            OffsetDateTime createdAt) {
    }

    public record EvidenceFile(String name, String contentType, byte[] content) {
    }

    private static final String SELECT = """
            select c.*, b.name as body_name, s.number as session_number, (c.due_date < :cutoff) as is_overdue
            from gov_commitment c join gov_body b on b.id = c.body_id left join gov_session s on s.id = c.session_id
            """;

    private static final String OPEN = " and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE')";

    /** A commitment as stored: the responsible actor's name is filled in by {@link #named}. */
    static CommitmentView map(ResultSet rs, int n) throws SQLException {
        Array sectors = rs.getArray("sectors");
        return new CommitmentView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getLong("body_id"),
                rs.getString("body_name"), rs.getObject("session_id", Long.class),
                rs.getObject("session_number", Integer.class), rs.getString("territory_path"), rs.getString("title"),
                rs.getString("description"), rs.getLong("responsible_actor_id"), null,
                rs.getObject("responsible_member_id", Long.class), rs.getString("responsible_person"),
                rs.getObject("responsible_user_id", Long.class), rs.getString("strategic_goal"),
                sectors == null ? List.of() : List.of((String[]) sectors.getArray()),
                rs.getObject("due_date", LocalDate.class), CommitmentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("is_overdue"), rs.getInt("progress"), rs.getObject("completed_on", LocalDate.class),
                rs.getInt("version"));
    }

    /** The commitments with their responsible actors' names, from one look-up (actor's). */
    private List<CommitmentView> named(List<CommitmentView> rows) {
        return OwnerNames.filled(rows, CommitmentView::responsibleActorId, actors::names,
                CommitmentView::withResponsibleActorName);
    }

    static DueRow dueRow(ResultSet rs, int n) throws SQLException {
        return new DueRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                rs.getObject(4, LocalDate.class), rs.getString(5));
    }

    Optional<CommitmentView> byId(long id) {
        Long j = jdbc.sql("select jurisdiction_id from gov_commitment where id = :id").param("id", id)
                .query(Long.class).optional().orElse(null);
        if (j == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where c.id = :id").param("id", id).param("cutoff", calendar.cutoff(j))
                .query(CommitmentReadModel::map).optional().map(c -> named(List.of(c)).get(0));
    }

    /** "Mis compromisos": those whose responsible user is {@code userId}; open ones unless {@code all}. */
    PageResult<CommitmentView> mine(long userId, Long jurisdictionId, boolean all, PageRequest page) {
        LocalDate cutoff = jurisdictionId == null ? Times.todayHere() : calendar.cutoff(jurisdictionId);
        return page(" where c.responsible_user_id = :u" + (all ? "" : OPEN), page,
                Map.of("u", userId, "cutoff", cutoff));
    }

    /** A body's commitments: open ones, overdue ones (in business days) or all. */
    PageResult<CommitmentView> ofBody(long bodyId, long jurisdictionId, String filter, PageRequest page) {
        Map<String, Object> params = Map.of("b", bodyId, "cutoff", calendar.cutoff(jurisdictionId));
        // the total from the body's rollup (V845): a few rows per due date, not every commitment of the body
        long total = jdbc
                .sql("select coalesce(sum(c.n), 0)::bigint from gov_commitment_body_rollup c where c.body_id = :b"
                        + filterSql(filter, "c.due_on"))
                .params(params).query(Long.class).single();
        return page(" where c.body_id = :b" + filterSql(filter), page, params, total);
    }

    /**
     * The commitments of the bodies {@code bodyIds} made or due in a period (local dates of the zone {@code tz}),
     * for a higher instance's input pack; capped at 2000.
     */
    List<CommitmentView> ofBodiesInPeriod(List<Long> bodyIds, long jurisdictionId, String tz, LocalDate from,
            LocalDate to) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return named(jdbc.sql(SELECT + """
                where c.body_id in (:bodies) and ((c.created_at at time zone :tz)::date between :from and :to
                  or c.due_date between :from and :to) order by b.name, c.due_date, c.id limit 2000""")
                .param("bodies", bodyIds).param("tz", tz).param("from", from).param("to", to)
                .param("cutoff", calendar.cutoff(jurisdictionId)).query(CommitmentReadModel::map).list());
    }

    /** The commitments of all bodies in a territory's subtree whose scope starts with {@code prefix}. */
    PageResult<CommitmentView> ofTerritory(long jurisdictionId, String path, String prefix, LocalDate cutoff,
            String filter, PageRequest page) {
        String where = " where c.jurisdiction_id = :j and c.territory_path like :path || '%' and "
                + Access.visibleSql("c") + filterSql(filter);
        Map<String, Object> params = new HashMap<>();
        params.put("j", jurisdictionId);
        params.put("path", path);
        params.put("prefix", prefix);
        params.put("cutoff", cutoff);
        return page(where, page, params);
    }

    private PageResult<CommitmentView> page(String where, PageRequest page, Map<String, ?> params) {
        long total = jdbc.sql("select count(*) from gov_commitment c" + where).params(params).query(Long.class)
                .single();
        return page(where, page, params, total);
    }

    private PageResult<CommitmentView> page(String where, PageRequest page, Map<String, ?> params, long total) {
        List<CommitmentView> items = named(jdbc
                .sql(SELECT + where + " order by c.due_date, c.id limit :l offset :o").params(params)
                .param("l", page.size()).param("o", page.offset()).query(CommitmentReadModel::map).list());
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static String filterSql(String filter) {
        return filterSql(filter, "c.due_date");
    }

    /** The filter over commitments or over the body's rollup, whose due date column is {@code dueColumn}. */
    private static String filterSql(String filter, String dueColumn) {
        if ("overdue".equals(filter)) {
            return OPEN + " and " + dueColumn + " < :cutoff";
        }
        if ("all".equals(filter)) {
            return " and cast(:cutoff as date) is not null";
        }
        return OPEN + " and cast(:cutoff as date) is not null";
    }

    List<CommitmentView> ofSession(long sessionId) {
        Long j = jdbc.sql("select jurisdiction_id from gov_session where id = :s").param("s", sessionId)
                .query(Long.class).single();
        return named(jdbc.sql(SELECT + "where c.session_id = :s order by c.id limit 500").param("s", sessionId)
                .param("cutoff", calendar.cutoff(j)).query(CommitmentReadModel::map).list());
    }

    /** The names of the commitment's co-responsible actors, in name order. */
    List<String> coResponsible(long id) {
        List<Long> ids = jdbc.sql("select actor_id from gov_commitment_actor where commitment_id = :id")
                .param("id", id).query(Long.class).list();
        return OwnerNames.of(ids, actors::names).sorted(ids);
    }

    List<NoteView> notes(long id) {
        return jdbc.sql("select * from gov_commitment_note where commitment_id = :id order by id").param("id", id)
                .query((rs, n) -> new NoteView(rs.getLong("id"), rs.getObject("session_id", Long.class),
                        rs.getString("note"), rs.getObject("progress", Integer.class), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    List<EvidenceView> evidence(long id) {
        return jdbc.sql("""
                select id, name, url, content_type, content is not null as is_file, author, created_at
                from gov_commitment_evidence where commitment_id = :id order by id""").param("id", id)
                .query((rs, n) -> new EvidenceView(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
                        rs.getString("content_type"), rs.getBoolean("is_file"), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    Optional<EvidenceFile> evidenceFile(long commitmentId, long evidenceId) {
        return jdbc.sql("""
                select name, content_type, content from gov_commitment_evidence
                where id = :e and commitment_id = :c and content is not null""")
                .param("e", evidenceId).param("c", commitmentId)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** The overdue commitments of a jurisdiction with a responsible user, to be told once. */
    List<DueRow> overdueWithUser(long jurisdictionId, LocalDate cutoff) {
        return jdbc.sql("""
                select c.id, c.title, c.responsible_user_id, c.due_date, b.name from gov_commitment c
                join gov_body b on b.id = c.body_id where c.jurisdiction_id = :j and c.status = 'OVERDUE'
                  and c.responsible_user_id is not null and c.due_date < :cutoff""")
                .param("j", jurisdictionId).param("cutoff", cutoff).query(CommitmentReadModel::dueRow).list();
    }

    /** The open commitments of a jurisdiction with a responsible user, due between the cut-off and {@code soon}. */
    List<DueRow> dueSoonWithUser(long jurisdictionId, LocalDate cutoff, LocalDate soon) {
        return jdbc.sql("""
                select c.id, c.title, c.responsible_user_id, c.due_date, b.name from gov_commitment c
                join gov_body b on b.id = c.body_id where c.jurisdiction_id = :j
                  and c.status in ('PENDING', 'IN_PROGRESS') and c.responsible_user_id is not null
                  and c.due_date >= :cutoff and c.due_date <= :soon""")
                .param("j", jurisdictionId).param("cutoff", cutoff).param("soon", soon)
                .query(CommitmentReadModel::dueRow).list();
    }
}
