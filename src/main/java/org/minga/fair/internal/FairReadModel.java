package org.minga.fair.internal;

import org.minga.fair.internal.domain.AllyContribution;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minga.fair.internal.FairRecords.AttendanceRow;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.FairRecords.Lesson;
import org.minga.fair.internal.FairRecords.Participant;
import org.minga.fair.internal.FairRecords.RegistrationView;
import org.minga.fair.internal.FairRecords.Task;
import org.minga.fair.internal.domain.FairStatus;
import org.minga.fair.internal.domain.Stand;
import org.minga.household.Households;
import org.minga.platform.AccessScope;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fairs as people read them: a fair, the schedule, who comes and with which services, the checklist, the lessons,
 * the registrations at the stands. Hand-written SQL over the fair module's tables; who may see what is
 * {@link FairAccess}'s business, decided before and passed in (a scope, the entities of a user).
 */
@Component
record FairReadModel(JdbcClient jdbc, Labels labels, Households households) {

    static final String FAIR_SELECT = "select * from fair";

    FairView fair(long id) {
        return jdbc.sql(FAIR_SELECT + " where id = :id").param("id", id).query(this::fairView).optional()
                .orElseThrow(() -> new NotFoundException("La jornada " + id + " no existe."));
    }

    Optional<FairView> byCode(long jurisdictionId, String code) {
        return jdbc.sql(FAIR_SELECT + " where jurisdiction_id = :j and code = :c").param("j", jurisdictionId)
                .param("c", code).query(this::fairView).optional();
    }

    private FairView fairView(ResultSet rs, int n) throws SQLException {
        FairStatus s = FairStatus.valueOf(rs.getString("status"));
        return new FairView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("program"), rs.getLong("territory_id"), rs.getString("territory_path"),
                rs.getString("territory_name"), rs.getObject("fair_date", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                rs.getString("site"), rs.getString("focus"), s.name(), labels.of(s), rs.getInt("version"));
    }

    /**
     * The schedule: fairs of a jurisdiction (of a year and a status, when given) in date order. A territorial user
     * sees those in {@code scope}; entity staff ({@code scope} null) those where one of {@code entities} takes part.
     */
    PageResult<FairView> schedule(long jurisdictionId, Integer year, FairStatus status, AccessScope scope,
            List<Long> entities, PageRequest page) {
        StringBuilder where = new StringBuilder(" where jurisdiction_id = :j");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("j", jurisdictionId);
        if (year != null) {
            where.append(" and fair_date between :from and :to");
            p.put("from", LocalDate.of(year, 1, 1));
            p.put("to", LocalDate.of(year, 12, 31));
        }
        if (status != null) {
            where.append(" and status = :st");
            p.put("st", status.name());
        }
        if (scope != null) {
            if (!scope.includesJurisdiction(jurisdictionId)) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
            if (scope.narrowed()) {
                where.append(" and territory_path like :prefix");
                p.put("prefix", scope.likePattern());
            }
        } else {
            if (entities.isEmpty()) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
            where.append(
                    " and id in (select fair_id from fair_participant where kind = 'ENTIDAD' and actor_id in (:mine))");
            p.put("mine", entities);
        }
        long total = jdbc.sql("select count(*) from fair" + where).params(p).query(Long.class).single();
        List<FairView> items = jdbc.sql(FAIR_SELECT + where + " order by fair_date, starts_at, id limit :l offset :o")
                .params(p).param("l", page.size()).param("o", page.offset()).query(this::fairView).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The day of the latest fair not cancelled in each territory of a jurisdiction that had one. */
    Map<Long, LocalDate> lastFairs(long jurisdictionId) {
        Map<Long, LocalDate> last = new LinkedHashMap<>();
        jdbc.sql(
                "select territory_id, max(fair_date) from fair where jurisdiction_id = :j and status <> 'CANCELADA' group by territory_id")
                .param("j", jurisdictionId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class))).list()
                .forEach(e -> last.put(e.getKey(), e.getValue()));
        return last;
    }

    /** Among {@code actorIds}, the entities that take part in the fair. */
    List<Long> entitiesAt(long fairId, List<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                "select actor_id from fair_participant where fair_id = :f and kind = 'ENTIDAD' and actor_id in (:a) order by actor_name")
                .param("f", fairId).param("a", actorIds).query(Long.class).list();
    }

    List<Participant> participants(long fairId) {
        return jdbc.sql("select * from fair_participant where fair_id = :f order by kind desc, actor_name")
                .param("f", fairId)
                .query((rs, n) -> new Participant(rs.getLong("id"), rs.getLong("actor_id"), rs.getString("actor_name"),
                        rs.getString("kind"), rs.getString("stand"), (Integer) rs.getObject("staff_count"),
                        Labels.read(AllyContribution.class, rs.getString("contribution")).orElse(null),
                        rs.getString("detail")))
                .list();
    }

    /** The services given at the fair's stands, by name. */
    List<Stand> services(long fairId) {
        return jdbc.sql("""
                select s.service_id, s.service_name, s.actor_id, p.actor_name from fair_service s
                left join fair_participant p on p.fair_id = s.fair_id and p.actor_id = s.actor_id and p.kind = 'ENTIDAD'
                where s.fair_id = :f order by s.service_name""")
                .param("f", fairId)
                .query((rs, n) -> new Stand(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    List<Task> tasks(long fairId) {
        return jdbc.sql("select * from fair_task where fair_id = :f order by position, id").param("f", fairId)
                .query((rs, n) -> new Task(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                        rs.getString("owner"), rs.getString("status"), rs.getInt("version")))
                .list();
    }

    List<Lesson> lessons(long fairId) {
        return jdbc.sql("select * from fair_lesson where fair_id = :f order by recorded_at, id").param("f", fairId)
                .query((rs, n) -> new Lesson(rs.getLong("id"), rs.getString("text"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The community records a fair heard, planning first, in the order they were linked. */
    List<FairRecords.InputRow> communityInputs(long fairId) {
        return jdbc.sql("""
                select id, role, kind, record_id from fair_community_input where fair_id = :f
                 order by case role when 'PLANNING' then 0 else 1 end, id""").param("f", fairId)
                .query((rs, n) -> new FairRecords.InputRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4)))
                .list();
    }

    Optional<RegistrationView> registration(UUID uuid, boolean already) {
        return jdbc
                .sql("""
                        select r.id, r.uuid, r.fair_id, r.person_id, r.actor_id, r.referral_id,
                          (select string_agg(a.service_name, '|' order by a.service_name) from fair_attendance a where a.registration_id = r.id),
                          r.referral_code
                        from fair_registration r where r.uuid = :u""")
                .param("u", uuid)
                .query((rs, n) -> {
                    long personId = rs.getLong(4);
                    Long refId = (Long) rs.getObject(6);
                    String services = rs.getString(7);
                    String name = households.usablePerson(personId).map(Households.PersonRef::displayName)
                            .orElse("Persona " + personId);
                    String code = rs.getString(8);
                    return new RegistrationView(rs.getLong(1), rs.getString(2), rs.getLong(3), personId, name,
                            rs.getLong(5),
                            services == null ? List.of() : List.of(services.split("\\|")), refId, code, already);
                }).optional();
    }

    /** The registrations of a fair, latest first; only those of {@code entities} unless it is null. */
    PageResult<AttendanceRow> attendances(long fairId, List<Long> entities, PageRequest page) {
        String where = " where r.fair_id = :f";
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("f", fairId);
        if (entities != null) {
            where += " and r.actor_id in (:mine)";
            p.put("mine", entities);
        }
        long total = jdbc.sql("select count(*) from fair_registration r" + where).params(p).query(Long.class).single();
        List<AttendanceRow> items = jdbc
                .sql("""
                        select r.id, r.uuid, r.person_id, (select max(a.actor_name) from fair_attendance a where a.registration_id = r.id),
                          (select string_agg(a.service_name, ', ' order by a.service_name) from fair_attendance a where a.registration_id = r.id),
                          r.age, r.sex, r.referral_id, r.registered_at, r.registered_by
                        from fair_registration r"""
                        + where + " order by r.registered_at desc, r.id desc limit :l offset :o")
                .params(p).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> new AttendanceRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6), rs.getString(7), (Long) rs.getObject(8),
                        rs.getTimestamp(9).toInstant(), rs.getString(10)))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
