package org.minga.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.participation.internal.domain.SpaceKind;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Participation spaces as pages and the API read them: one space with its counts, lists, processes, figures. */
@Component
record SpaceReadModel(JdbcClient jdbc, Scopes scopes, Labels labels) {

    record SpaceView(long id, long jurisdictionId, String code, String kind, String title, String process, int round,
            String theme, long territoryId, String territoryName, String servicePoint, LocalDate heldOn,
            LocalTime startTime, int durationMinutes, String participationLevel, Long organiserActorId,
            String organiserName, String methodology, int countedAttendance, int namedAttendance,
            int invited, int confirmed, long contributions, String devolutionText, String devolutionToken,
            Instant devolutionPublishedAt, int version) {

        public int attendance() {
            return countedAttendance + namedAttendance;
        }
    }

    record Filter(String kind, String process, LocalDate from, LocalDate to, String q) {
    }

    /** The figures of a whole process (every dialogue of RedCADE, say). */
    record ProcessFigures(long spaces, long people, long contributions, long withAction, long done) {
    }

    private static final String SELECT = """
            select s.*, t.name as territory_name,
              (select count(*) from space_invitation i where i.space_id = s.id and i.attended) as named,
              (select count(*) from space_invitation i where i.space_id = s.id) as invited,
              (select count(*) from space_invitation i where i.space_id = s.id and i.status = 'CONFIRMED') as confirmed,
              (select count(*) from contribution c where c.space_id = s.id) as contributions
            from participation_space s join territory t on t.id = s.territory_id""";

    SpaceView view(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SpaceReadModel::row).optional()
                .orElseThrow(() -> new NotFoundException("El espacio de participación " + id + " no existe."));
    }

    /** The space, when the user's scope covers it. */
    SpaceView get(long id, CurrentUser user) {
        SpaceView v = view(id);
        scopes.requireVisible(v.jurisdictionId(), path(id), user, "El espacio " + id);
        return v;
    }

    private String path(long spaceId) {
        return jdbc.sql("select territory_path from participation_space where id = :id").param("id", spaceId)
                .query(String.class).single();
    }

    private static SpaceView row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime pub = rs.getObject("devolution_published_at", OffsetDateTime.class);
        return new SpaceView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("kind"), rs.getString("title"), rs.getString("process"), rs.getInt("round"),
                rs.getString("theme"), rs.getLong("territory_id"), rs.getString("territory_name"),
                rs.getString("service_point"), rs.getObject("held_on", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getInt("duration_minutes"),
                rs.getString("participation_level"), (Long) rs.getObject("organiser_actor_id"),
                rs.getString("organiser_name"), rs.getString("methodology"), rs.getInt("counted_attendance"),
                rs.getInt("named"), rs.getInt("invited"), rs.getInt("confirmed"), rs.getLong("contributions"),
                rs.getString("devolution_text"), rs.getString("devolution_token"), pub == null ? null : pub.toInstant(),
                rs.getInt("version"));
    }

    PageResult<SpaceView> list(Filter f, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(scopes.where("s", user, params));
        SpaceKind kind = Codes.filter(labels, SpaceKind.class, f.kind(), "kind", "El tipo de espacio");
        Sql.and(w, params, "s.kind = :kind", "kind", kind == null ? null : kind.name());
        Sql.and(w, params, "s.process = :process", "process", Codes.blankToNull(f.process()));
        Sql.and(w, params, "s.held_on >= :from", "from", f.from());
        Sql.and(w, params, "s.held_on <= :to", "to", f.to());
        String q = Codes.blankToNull(f.q());
        Sql.and(w, params, "(s.title ilike :q or s.code ilike :q)", "q",
                q == null ? null : "%" + q.replace("%", "\\%") + "%");
        long total = jdbc.sql("select count(*) from participation_space s" + w).params(params).query(Long.class)
                .single();
        List<SpaceView> items = jdbc.sql(SELECT + w + " order by s.held_on desc, s.id desc limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(SpaceReadModel::row)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    List<String> processes(CurrentUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        String w = scopes.where("s", user, params);
        return jdbc.sql(
                "select distinct process from (select process, territory_path, jurisdiction_id from participation_space"
                        + " union all select process, territory_path, jurisdiction_id from survey) s" + w
                        + " order by 1 limit 200")
                .params(params).query(String.class).list();
    }

    Optional<SpaceView> byDevolutionToken(String token) {
        return PublicTokens.lookUp(token, t -> jdbc.sql(
                "select id from participation_space where devolution_token = :t and devolution_published_at is not null")
                .param("t", t).query(Long.class).optional().map(this::view));
    }

    Optional<SpaceView> byCode(long jurisdictionId, String code) {
        return jdbc.sql("select id from participation_space where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).optional().map(this::view);
    }

    ProcessFigures processFigures(long jurisdictionId, String process) {
        return jdbc
                .sql("""
                        select count(*),
                          coalesce(sum(s.counted_attendance + (select count(*) from space_invitation i where i.space_id = s.id and i.attended)), 0),
                          (select count(*) from contribution c join participation_space x on x.id = c.space_id
                             where x.jurisdiction_id = :j and x.process = :p),
                          (select count(*) from contribution c join participation_space x on x.id = c.space_id
                             join improvement_action a on a.id = c.action_id where x.jurisdiction_id = :j and x.process = :p),
                          (select count(*) from contribution c join participation_space x on x.id = c.space_id
                             join improvement_action a on a.id = c.action_id where x.jurisdiction_id = :j and x.process = :p and a.status = 'DONE')
                        from participation_space s where s.jurisdiction_id = :j and s.process = :p""")
                .param("j", jurisdictionId).param("p", process)
                .query((rs, n) -> new ProcessFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .single();
    }
}
