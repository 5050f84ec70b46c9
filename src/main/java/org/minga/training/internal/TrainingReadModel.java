package org.minga.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.AccessScope;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.training.internal.TrainingViews.CertificateView;
import org.minga.training.internal.TrainingViews.ParticipantRow;
import org.minga.training.internal.TrainingViews.ProgrammeRow;
import org.minga.training.internal.TrainingViews.ProgrammeView;
import org.minga.training.internal.TrainingViews.SessionRow;
import org.minga.training.internal.TrainingViews.Share;
import org.minga.training.internal.domain.Audience;
import org.minga.training.internal.domain.Modality;
import org.minga.training.internal.domain.ParticipantStatus;
import org.minga.training.internal.domain.ProgrammeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hand-written SQL that shows training: programmes in a scope, one programme with its sessions, its participants
 * (personal data), the diversity of who attended (shares only), a certificate by its code, and the trained agents of
 * a territory.
 */
@Component
record TrainingReadModel(JdbcClient jdbc) {

    /**
     * Programmes with a territory in the scope or above it (a district programme reaches all); a programme in
     * several territories is one row however many of them the scope holds.
     */
    private static final String IN_SCOPE = """
            (:all or p.jurisdiction_id = :j) and exists (select 1 from training_programme_territory pt
             where pt.programme_id = p.id and (pt.territory_path like :p or :root like pt.territory_path || '%'))""";

    /** The names of a programme's territories, the lead one first. */
    private static final String TERRITORY_NAMES = """
            (select string_agg(t.name, ', ' order by pt.territory_id <> p.territory_id, t.name)
               from training_programme_territory pt join territory t on t.id = pt.territory_id
              where pt.programme_id = p.id)""";

    /** The codes of a programme's territories, the lead one first (what the edit form's picker holds). */
    private static final String TERRITORY_CODES = """
            (select array_agg(t.code order by pt.territory_id <> p.territory_id, t.name)
               from training_programme_territory pt join territory t on t.id = pt.territory_id
              where pt.programme_id = p.id)""";

    private static final String TERRITORY_PATHS = """
            (select array_agg(pt.territory_path order by pt.territory_id <> p.territory_id, pt.territory_path)
               from training_programme_territory pt where pt.programme_id = p.id)""";

    PageResult<ProgrammeRow> programmes(AccessScope scope, ProgrammeStatus status, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>(scope.filterParams());
        params.put("root", scope.subtreePath());
        String where = " where" + IN_SCOPE + (status == null ? "" : " and p.status = :status");
        if (status != null) {
            params.put("status", status.name());
        }
        long total = jdbc.sql("select count(*) from training_programme p" + where).params(params).query(Long.class)
                .single();
        List<ProgrammeRow> items = jdbc.sql("""
                select p.id, p.jurisdiction_id, p.code, p.name, p.audience, p.modality, p.status,
                       p.planned_hours, %s as territory,
                       (select count(*) from training_session s where s.programme_id = p.id) as sessions,
                       (select count(*) from training_participant x where x.programme_id = p.id) as participants,
                       (select count(*) from training_participant x where x.programme_id = p.id
                           and x.status = 'COMPLETED') as completed
                  from training_programme p""".formatted(TERRITORY_NAMES) + where
                + " order by p.status = 'CLOSED', p.code limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> new ProgrammeRow(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getString("code"), rs.getString("name"), Audience.valueOf(rs.getString("audience")),
                        Modality.valueOf(rs.getString("modality")), ProgrammeStatus.valueOf(rs.getString("status")),
                        rs.getString("territory"), rs.getBigDecimal("planned_hours"), rs.getLong("sessions"),
                        rs.getLong("participants"), rs.getLong("completed")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Optional<ProgrammeView> programme(long id) {
        List<String[]> held = jdbc.sql("""
                select c.code, c.name from training_programme_capacity pc
                  join capacity c on c.id = pc.capacity_id where pc.programme_id = :id order by c.code""")
                .param("id", id).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        List<String> capacities = held.stream().map(c -> c[0] + " · " + c[1]).toList();
        List<String> codes = held.stream().map(c -> c[0]).toList();
        return jdbc.sql("""
                select p.*, %s as territory_name, %s as paths, %s as codes
                  from training_programme p where p.id = :id""".formatted(TERRITORY_NAMES, TERRITORY_PATHS,
                TERRITORY_CODES))
                .param("id", id)
                .query((rs, n) -> new ProgrammeView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getString("code"), rs.getString("name"), rs.getString("objective"),
                        Audience.valueOf(rs.getString("audience")), rs.getString("accompanies"),
                        rs.getString("accompanies_kind"), rs.getObject("accompanies_id", Long.class),
                        rs.getLong("territory_id"), rs.getString("territory_name"), rs.getString("territory_path"),
                        rs.getString("responsible_actor"), Modality.valueOf(rs.getString("modality")),
                        rs.getBigDecimal("planned_hours"), rs.getBigDecimal("budget"),
                        rs.getInt("min_attendance_percent"), rs.getBigDecimal("passing_score"),
                        ProgrammeStatus.valueOf(rs.getString("status")), capacities, codes, rs.getInt("version"),
                        paths(rs.getArray("paths")), paths(rs.getArray("codes"))))
                .optional();
    }

    List<SessionRow> sessions(long programmeId) {
        return jdbc.sql("""
                select s.id, s.programme_id, s.held_on, s.hours, s.place, s.link, s.facilitators, s.materials,
                       count(a.participant_id) as attended, avg(a.satisfaction) as satisfaction
                  from training_session s left join training_attendance a on a.session_id = s.id
                 where s.programme_id = :p group by s.id order by s.held_on, s.id""").param("p", programmeId)
                .query((rs, n) -> new SessionRow(rs.getLong("id"), rs.getLong("programme_id"),
                        rs.getObject("held_on", LocalDate.class), rs.getBigDecimal("hours"), rs.getString("place"),
                        rs.getString("link"), rs.getString("facilitators"), rs.getString("materials"),
                        rs.getLong("attended"), scaled(rs.getBigDecimal("satisfaction"))))
                .list();
    }

    Optional<SessionRow> session(long id) {
        return jdbc.sql("select programme_id from training_session where id = :id").param("id", id)
                .query(Long.class).optional()
                .flatMap(p -> sessions(p).stream().filter(s -> s.id() == id).findFirst());
    }

    /** The participants of a programme whose territory lies in the scope (personal data: the caller logs the read). */
    List<ParticipantRow> participants(long programmeId, AccessScope scope) {
        return jdbc.sql("""
                select x.*, (select count(*) from training_attendance a where a.participant_id = x.id) as attended
                  from training_participant x
                 where x.programme_id = :prog and (:all or x.jurisdiction_id = :j) and x.territory_path like :p
                 order by x.name, x.id""").params(scope.filterParams()).param("prog", programmeId)
                .query((rs, n) -> participantRow(rs)).list();
    }

    /** The participant of the programme who is this person or this user, when enrolled. */
    Optional<Long> participantOf(long programmeId, Long personId, Long userId) {
        if (personId == null && userId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id from training_participant where programme_id = :prog
                   and (person_id = cast(:p as bigint) or user_id = cast(:u as bigint))""")
                .param("prog", programmeId).param("p", personId).param("u", userId).query(Long.class).optional();
    }

    /** The programmes the person completed, latest first, each as «code · name (completed on, certificate)». */
    List<String> completedProgrammes(long personId) {
        return jdbc.sql("""
                select p.code || ' · ' || p.name || ' (' || to_char(x.completed_on, 'YYYY-MM-DD')
                       || coalesce(', certificado ' || x.certificate_code, '') || ')'
                  from training_participant x join training_programme p on p.id = x.programme_id
                 where x.person_id = :person and x.status = 'COMPLETED'
                 order by x.completed_on desc, p.code""").param("person", personId).query(String.class).list();
    }

    /** What an import needs of a programme found by its code: where it takes place, every territory. */
    record ProgrammeRef(long id, String code, List<String> territoryPaths, String status) {
    }

    Optional<ProgrammeRef> programmeByCode(long jurisdictionId, String code) {
        return jdbc.sql("select p.id, p.code, " + TERRITORY_PATHS
                + " as paths, p.status from training_programme p where p.jurisdiction_id = :j and p.code = :c")
                .param("j", jurisdictionId).param("c", code)
                .query((rs, n) -> new ProgrammeRef(rs.getLong(1), rs.getString(2), paths(rs.getArray(3)),
                        rs.getString(4)))
                .optional();
    }

    private static List<String> paths(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** The programme's session on that day (the first, when there were two). */
    Optional<Long> sessionOn(long programmeId, LocalDate day) {
        return jdbc.sql("select id from training_session where programme_id = :p and held_on = :d order by id limit 1")
                .param("p", programmeId).param("d", day).query(Long.class).optional();
    }

    List<Long> participantIds(long programmeId) {
        return jdbc.sql("select id from training_participant where programme_id = :p order by id")
                .param("p", programmeId).query(Long.class).list();
    }

    /** One participant (the caller checked access to the programme). */
    Optional<ParticipantRow> participant(long id) {
        return jdbc.sql("""
                select x.*, (select count(*) from training_attendance a where a.participant_id = x.id) as attended
                  from training_participant x where x.id = :id""").param("id", id)
                .query((rs, n) -> participantRow(rs)).optional();
    }

    private static ParticipantRow participantRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ParticipantRow(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                (Long) rs.getObject("person_id"), (Long) rs.getObject("user_id"), rs.getString("name"),
                ParticipantStatus.valueOf(rs.getString("status")), rs.getLong("attended"),
                rs.getBigDecimal("score_before"), rs.getBigDecimal("score_after"),
                rs.getObject("completed_on", LocalDate.class), rs.getString("certificate_code"));
    }

    /** How many sessions a participant attended, and how many their programme held. */
    int[] attendance(long participantId) {
        return jdbc.sql("""
                select (select count(*) from training_attendance a where a.participant_id = x.id),
                       (select count(*) from training_session s where s.programme_id = x.programme_id)
                  from training_participant x where x.id = :id""").param("id", participantId)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
    }

    /**
     * The diversity of who attended at least one session of the programme, as shares of the attendees (sex, gender
     * identity, ethnicity, age group, disability; "no informado" when not declared): figures only, never who.
     */
    List<Share> diversity(long programmeId) {
        List<Share> out = new ArrayList<>();
        jdbc.sql("""
                with attendees as (
                    select x.* from training_participant x
                     where x.programme_id = :p
                       and exists (select 1 from training_attendance a where a.participant_id = x.id))
                select dimension, value, count(*) as n, (select count(*) from attendees) as total from (
                    select 'sexo' as dimension, coalesce(sex, '') as value from attendees
                    union all select 'identidad de género', coalesce(gender_identity, '') from attendees
                    union all select 'etnia', coalesce(ethnicity, '') from attendees
                    union all select 'grupo de edad', coalesce(age_group, '') from attendees
                    union all select 'discapacidad', case when disability then 'sí' when not disability then 'no'
                                                         else '' end from attendees) d
                 group by dimension, value order by dimension, n desc, value""").param("p", programmeId)
                .query((rs, n) -> out.add(new Share(rs.getString("dimension"),
                        rs.getString("value").isEmpty() ? "no informado" : rs.getString("value"), rs.getLong("n"),
                        percent(rs.getLong("n"), rs.getLong("total")))))
                .list();
        return out;
    }

    /** A completed participant's certificate by its code (the jurisdiction's name is the caller's to add). */
    Optional<CertificateView> certificate(String code) {
        return jdbc.sql("""
                select x.name, x.certificate_code, x.completed_on, p.code, p.name as programme, p.planned_hours,
                       x.programme_id, x.jurisdiction_id
                  from training_participant x join training_programme p on p.id = x.programme_id
                 where x.certificate_code = :c and x.status = 'COMPLETED'""").param("c", code)
                .query((rs, n) -> new CertificateView(rs.getString("certificate_code"), rs.getString("name"),
                        rs.getString("code"), rs.getString("programme"), rs.getBigDecimal("planned_hours"),
                        null, rs.getObject("completed_on", LocalDate.class),
                        rs.getLong("programme_id"), rs.getLong("jurisdiction_id")))
                .optional();
    }

    /** The certificate of a participant, when they completed. */
    Optional<String> certificateCodeOf(long participantId) {
        return jdbc.sql("select certificate_code from training_participant where id = :id and status = 'COMPLETED'")
                .param("id", participantId).query(String.class).optional();
    }

    /** People who completed a programme, in the territory's subtree (the trained agents of a territory). */
    long trainedAgents(long jurisdictionId, String path) {
        return jdbc.sql("""
                select count(distinct coalesce(x.person_id, -x.user_id)) from training_participant x
                 where x.jurisdiction_id = :j and x.territory_path like :p and x.status = 'COMPLETED'""")
                .param("j", jurisdictionId).param("p", path + "%").query(Long.class).single();
    }

    private static BigDecimal percent(long n, long total) {
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(n * 1000 / total, 1);
    }

    private static BigDecimal scaled(BigDecimal b) {
        return b == null ? null : b.setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
