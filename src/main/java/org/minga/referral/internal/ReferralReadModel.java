package org.minga.referral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;
import org.minga.offer.Need;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.ReferralViews.AddresseePart;
import org.minga.referral.internal.ReferralViews.Answer;
import org.minga.referral.internal.ReferralViews.Filter;
import org.minga.referral.internal.ReferralViews.NeedPart;
import org.minga.referral.internal.ReferralViews.Progress;
import org.minga.referral.internal.ReferralViews.ReferralDetail;
import org.minga.referral.internal.ReferralViews.ReferralRow;
import org.minga.referral.internal.ReferralViews.Subject;
import org.minga.referral.internal.ReferralViews.TransitionView;
import org.minga.referral.internal.domain.Origin;
import org.minga.referral.internal.domain.Priority;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-written SQL that shows referrals: one referral, its history, lists and an entity's inbox. */
@Component
@RequiredArgsConstructor
class ReferralReadModel {

    /** Where a referral lies and who answers it: what access is decided on. */
    record Placement(long jurisdictionId, String territoryPath, long actorId) {
    }

    private static final String DETAIL_SQL = """
            select r.*, t.name as territory_name from referral r join territory t on t.id = r.territory_id where r.id = :id""";

    private static final String ROW_SQL = """
            select r.id, r.code, r.subject_name, t.name, r.need_category, r.service_name, r.actor_name, r.priority, r.status,
                   r.due_on, r.delay_reported_at is not null, r.created_at, r.jurisdiction_id, r.person_id, r.household_id
            from referral r join territory t on t.id = r.territory_id""";

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final Labels labels;
    private final Map<Long, ZoneId> zones = new ConcurrentHashMap<>();

    /** Today in a jurisdiction's time zone (zones are cached: a jurisdiction's zone does not change). */
    LocalDate today(long jurisdictionId) {
        return LocalDate
                .now(zones.computeIfAbsent(jurisdictionId, id -> jurisdictions.byId(id).orElseThrow().zoneId()));
    }

    Optional<Placement> placement(long id) {
        return jdbc.sql("select jurisdiction_id, territory_path, actor_id from referral where id = :id").param("id", id)
                .query((rs, n) -> new Placement(rs.getLong(1), rs.getString(2), rs.getLong(3))).optional();
    }

    Optional<ReferralDetail> detail(long id) {
        Optional<Long> j = jdbc.sql("select jurisdiction_id from referral where id = :id").param("id", id)
                .query(Long.class).optional();
        if (j.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today(j.get()); // before the row is open: one connection at a time
        return jdbc.sql(DETAIL_SQL).param("id", id).query((rs, n) -> mapDetail(rs, today)).optional();
    }

    private ReferralDetail mapDetail(ResultSet rs, LocalDate today) throws SQLException {
        ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
        Need need = Need.valueOf(rs.getString("need_category"));
        Origin origin = Origin.valueOf(rs.getString("origin"));
        Priority priority = Priority.valueOf(rs.getString("priority"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        Subject subject = new Subject(rs.getObject("person_id", Long.class), rs.getObject("household_id", Long.class),
                rs.getString("subject_name"), rs.getLong("territory_id"), rs.getString("territory_name"), null, null,
                null,
                null, null, false);
        NeedPart needPart = new NeedPart(need.name(), labels.of(need), rs.getString("need_description"), origin.name(),
                labels.of(origin), rs.getString("origin_reference"), priority.name(), labels.of(priority));
        AddresseePart to = new AddresseePart(rs.getObject("service_id", Long.class), rs.getString("service_name"),
                rs.getLong("actor_id"), rs.getString("actor_name"), (Boolean) rs.getObject("eligible"),
                rs.getString("ineligibility_reason"), rs.getString("ineligible_justification"),
                rs.getString("share_evidence"));
        Progress progress = new Progress(status.name(), labels.of(status), rs.getInt("business_days"),
                rs.getObject("created_on", LocalDate.class), due, status.open() && due.isBefore(today),
                instant(rs, "sent_at"), instant(rs, "accepted_at"), instant(rs, "attended_at"),
                instant(rs, "closed_at"),
                instant(rs, "delay_reported_at"), rs.getObject("route_application_id", Long.class),
                rs.getObject("route_step_position", Integer.class));
        Answer answer = new Answer(rs.getString("rejection_reason"), rs.getString("return_reason"),
                rs.getString("cancel_reason"), rs.getString("counter_action"), rs.getString("counter_outcome"),
                rs.getString("counter_next_steps"));
        return new ReferralDetail(rs.getLong("id"), rs.getString("code"), rs.getLong("jurisdiction_id"), subject,
                needPart,
                to, progress, answer, rs.getString("created_by"), instant(rs, "created_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    List<TransitionView> history(long id) {
        return jdbc.sql(
                "select from_status, to_status, note, by_user, by_name, at from referral_transition where referral_id = :id order by id")
                .param("id", id).query((rs, n) -> {
                    String f = rs.getString(1);
                    ReferralStatus from = f == null ? null : ReferralStatus.valueOf(f);
                    ReferralStatus to = ReferralStatus.valueOf(rs.getString(2));
                    return new TransitionView(f, from == null ? null : labels.of(from), to.name(), labels.of(to),
                            rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant());
                }).list();
    }

    /** The next step of a care route's application still waiting (creada) after step {@code position}. */
    Optional<Long> nextRouteStep(long applicationId, int position) {
        return jdbc
                .sql("""
                        select id from referral where route_application_id = :a and route_step_position > :p and status = 'CREATED'
                        order by route_step_position limit 1""")
                .param("a", applicationId).param("p", position).query(Long.class).optional();
    }

    /** The note (reason, or what the entity did) of the referral's latest move into {@code status}. */
    Optional<String> lastNote(long referralId, ReferralStatus status) {
        return jdbc.sql("""
                select note from referral_transition where referral_id = :r and to_status = :s and note is not null
                order by id desc limit 1""")
                .param("r", referralId).param("s", status.name()).query(String.class).optional();
    }

    /** The current status label of each referral that exists. */
    Map<Long, String> statusLabels(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, status from referral where id in (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), labels.of(ReferralStatus.valueOf(rs.getString(2))))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The referrals of a territory scope ({@code pattern} a path prefix with %), or all when {@code jurisdictionId} is null. */
    PageResult<ReferralRow> inTerritory(Long jurisdictionId, String pattern, Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (jurisdictionId != null) {
            where.append(" and r.jurisdiction_id = :j and r.territory_path like :p");
            params.put("j", jurisdictionId);
            params.put("p", pattern);
        }
        if (f.actorId() != null) {
            where.append(" and r.actor_id = :a");
            params.put("a", f.actorId());
        }
        return query(where, params, f, page, "r.created_at desc, r.id desc");
    }

    /** An entity's inbox: the referrals addressed to its entities, open first by due date; not yet sent ones hidden. */
    PageResult<ReferralRow> inbox(List<Long> actorIds, Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" where r.actor_id in (:actors) and r.inbox_rank < 9");
        Map<String, Object> params = new HashMap<>();
        params.put("actors", actorIds);
        return query(where, params, f, page, "r.inbox_rank, r.due_on, r.id");
    }

    private PageResult<ReferralRow> query(StringBuilder where, Map<String, Object> params, Filter f, PageRequest page,
            String order) {
        customPlans();
        if (f.status() != null && !f.status().isBlank()) {
            ReferralStatus s = ReferralStatus.parse(f.status()).orElseThrow(() -> new ValidationException("status",
                    "El estado «" + f.status() + "» no existe."));
            where.append(" and r.status = :st");
            params.put("st", s.name());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            // overdue on each referral's own jurisdiction's calendar (an administrator's list mixes jurisdictions)
            where.append(" and r.status in ").append(ReferralStatus.OPEN_SQL)
                    .append(" and r.due_on < (now() at time zone "
                            + "(select jz.time_zone from jurisdiction jz where jz.id = r.jurisdiction_id))::date");
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (r.code ilike :q or r.subject_name ilike :q)");
            params.put("q", "%" + f.q().strip() + "%");
        }
        long total = jdbc.sql("select count(*) from referral r" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ReferralRow> rows = jdbc.sql(ROW_SQL + where + " order by " + order + " limit :limit offset :offset")
                .params(params).query(rows()).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /**
     * Plans each list query for its own parameters: a generic plan (which PostgreSQL picks after a prepared
     * statement's fifth run) cannot use the path index for {@code territory_path like :prefix} and would read the
     * whole table. Local to the read-only transaction.
     */
    void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** The row mapper, with every jurisdiction's zone known first: a look-up inside it would take a second connection. */
    private RowMapper<ReferralRow> rows() {
        jurisdictions.all().forEach(j -> zones.putIfAbsent(j.id(), j.zoneId()));
        return this::mapRow;
    }

    private ReferralRow mapRow(ResultSet rs, int n) throws SQLException {
        ReferralStatus s = ReferralStatus.valueOf(rs.getString(9));
        LocalDate due = rs.getObject(10, LocalDate.class);
        Priority p = Priority.valueOf(rs.getString(8));
        return new ReferralRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                labels.of(Need.valueOf(rs.getString(5))), rs.getString(6), rs.getString(7), p.name(), labels.of(p),
                s.name(),
                labels.of(s), due,
                s.open() && due.isBefore(today(rs.getLong(13))), rs.getBoolean(11), rs.getTimestamp(12).toInstant(),
                rs.getObject(14, Long.class), rs.getObject(15, Long.class), rs.getLong(13));
    }
}
