package org.minga.household.internal.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.household.internal.shared.Json;
import org.minga.household.internal.visit.FieldDay.DayAction;
import org.minga.household.internal.visit.FieldDay.DayAlert;
import org.minga.household.internal.visit.FieldDay.DayHousehold;
import org.minga.household.internal.visit.FieldDay.DayMember;
import org.minga.household.internal.visit.FieldDay.DayPlan;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a field worker's day holds, read in six queries whatever the number of households: the visit list (due
 * visits, open alerts and pending care-plan actions in the worker's territories, first the visits due soonest), then
 * the members, latest answers, open alerts and active care plans of those households.
 */
@Component
record FieldDayReadModel(JdbcClient jdbc, Json json) {

    private record Row(long id, long jurisdictionId, String code, String address, String path, LocalDate next,
            boolean priority, int version) {
    }

    List<DayHousehold> households(AccessScope scope, LocalDate until, int limit) {
        List<Row> rows = jdbc.sql("""
                select h.id, h.jurisdiction_id, h.code, h.address, h.territory_path, h.next_visit_on, h.priority,
                       h.version
                from household h
                where (:all or h.jurisdiction_id = :j) and h.territory_path like :p
                  and (h.next_visit_on <= :until
                       or exists (select 1 from alert a where a.household_id = h.id and a.status <> 'CERRADA')
                       or exists (select 1 from care_plan c join care_plan_action x on x.care_plan_id = c.id
                                  where c.household_id = h.id and c.status = 'ACTIVO'
                                    and x.status in ('PENDIENTE', 'EN_CURSO')))
                order by h.next_visit_on nulls last, h.priority desc, h.code
                limit :n""").params(scope.filterParams()).param("until", until).param("n", limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7), rs.getInt(8)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, Map<String, Object>> householdAnswers = new HashMap<>();
        Map<Long, Map<String, Object>> personAnswers = new HashMap<>();
        answers(ids, householdAnswers, personAnswers);
        Map<Long, List<DayMember>> members = members(ids, personAnswers);
        Map<Long, List<DayAlert>> alerts = alerts(ids);
        Map<Long, DayPlan> plans = plans(ids);
        return rows.stream().map(r -> new DayHousehold(r.id(), r.jurisdictionId(), r.code(), r.address(), r.path(),
                r.next(), r.priority(), r.version(), members.getOrDefault(r.id(), List.of()),
                householdAnswers.getOrDefault(r.id(), Map.of()), alerts.getOrDefault(r.id(), List.of()),
                plans.get(r.id()))).toList();
    }

    /** The latest answer to each question, household's and each member's (oldest first, later ones overwrite). */
    private void answers(Long[] ids, Map<Long, Map<String, Object>> households,
            Map<Long, Map<String, Object>> persons) {
        jdbc.sql("""
                select household_id, person_id, answers::text from characterization
                where household_id = any(:ids) order by answered_on, id""").param("ids", ids).query(rs -> {
            Long person = (Long) rs.getObject(2);
            Map<String, Object> a = json.map(rs.getString(3));
            (person == null ? households.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                    : persons.computeIfAbsent(person, k -> new LinkedHashMap<>())).putAll(a);
        });
    }

    private Map<Long, List<DayMember>> members(Long[] ids, Map<Long, Map<String, Object>> answers) {
        Map<Long, List<DayMember>> out = new HashMap<>();
        jdbc.sql("""
                select household_id, id, jurisdiction_id, document_type, document_number,
                       concat_ws(' ', first_name, middle_name, last_name, second_last_name), birth_date, sex,
                       disability, disability_certified, relation
                from person where household_id = any(:ids) and merged_into is null and not processing_stopped
                  and anonymised_at is null order by household_id, id""").param("ids", ids).query(rs -> {
            long person = rs.getLong(2);
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new DayMember(person,
                    rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getObject(7, LocalDate.class), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10),
                    rs.getString(11), answers.getOrDefault(person, Map.of())));
        });
        return out;
    }

    private Map<Long, List<DayAlert>> alerts(Long[] ids) {
        Map<Long, List<DayAlert>> out = new HashMap<>();
        jdbc.sql("""
                select a.household_id, a.id, a.rule_id, a.person_id, r.name, a.severity, a.status, a.detail, a.due_on,
                       a.version
                from alert a join alert_rule r on r.id = a.rule_id
                where a.household_id = any(:ids) and a.status <> 'CERRADA' order by a.due_on, a.id""")
                .param("ids", ids).query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new DayAlert(rs.getLong(2),
                            rs.getLong(3), (Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getObject(9, LocalDate.class), rs.getInt(10)));
                });
        return out;
    }

    private Map<Long, DayPlan> plans(Long[] ids) {
        Map<Long, DayPlan> out = new HashMap<>();
        jdbc.sql("""
                select c.household_id, c.id, c.version, x.id, x.need, x.action, x.responsible_type,
                       x.responsible_name, x.due_on, x.status, x.version
                from care_plan c join care_plan_action x on x.care_plan_id = c.id
                where c.household_id = any(:ids) and c.status = 'ACTIVO' order by c.id, x.due_on, x.id""")
                .param("ids", ids).query(rs -> {
                    DayPlan plan = out.computeIfAbsent(rs.getLong(1),
                            k -> new DayPlan(longOf(rs, 2), intOf(rs, 3), new ArrayList<>()));
                    plan.actions().add(new DayAction(rs.getLong(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10),
                            rs.getInt(11)));
                });
        return out;
    }

    private static long longOf(java.sql.ResultSet rs, int column) {
        try {
            return rs.getLong(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int intOf(java.sql.ResultSet rs, int column) {
        try {
            return rs.getInt(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The household's next visit as stored now (a visit's schedule conflicts when someone changed it). */
    LocalDate nextVisitOn(long householdId) {
        return jdbc.sql("select next_visit_on from household where id = :h").param("h", householdId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).single();
    }

    /** The ids of the household's open alerts (what a change opened is the difference). */
    List<Long> openAlerts(long householdId) {
        return jdbc.sql("select id from alert where household_id = :h and status <> 'CERRADA' order by id")
                .param("h", householdId).query(Long.class).list();
    }

    /** Alerts by id, as a sync answer names them. */
    List<Map<String, Object>> alertsNamed(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.id, r.name, a.severity, a.detail, a.person_id from alert a
                join alert_rule r on r.id = a.rule_id where a.id = any(:ids) order by a.id""")
                .param("ids", ids.toArray(Long[]::new)).query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong(1));
                    m.put("rule", rs.getString(2));
                    m.put("severity", rs.getString(3));
                    m.put("detail", rs.getString(4));
                    m.put("personId", rs.getObject(5));
                    return m;
                }).list();
    }

    /** The action as stored now, for a conflict's server side. */
    Map<String, Object> action(long actionId) {
        return jdbc.sql("select status, version, action from care_plan_action where id = :a").param("a", actionId)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("status", rs.getString(1));
                    m.put("version", rs.getInt(2));
                    m.put("action", rs.getString(3));
                    return m;
                }).optional().orElse(Map.of());
    }

    /** A person as stored now: their household and, when merged meanwhile, the person kept (with their name). */
    record PersonNow(long householdId, Long mergedInto, String keptName) {
    }

    Optional<PersonNow> person(long personId) {
        return jdbc.sql("""
                select p.household_id, p.merged_into, k.first_name || ' ' || k.last_name
                from person p left join person k on k.id = p.merged_into where p.id = :p""").param("p", personId)
                .query((rs, n) -> new PersonNow(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3))).optional();
    }

    /** The alert as stored now, for a conflict's server side (empty when it does not exist). */
    Map<String, Object> alert(long alertId) {
        return jdbc.sql("""
                select a.household_id, a.status, a.version, a.closing_note, a.closed_at, r.name
                from alert a join alert_rule r on r.id = a.rule_id where a.id = :a""").param("a", alertId)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("householdId", rs.getLong(1));
                    m.put("status", rs.getString(2));
                    m.put("version", rs.getInt(3));
                    m.put("note", rs.getString(4));
                    Instant closed = instant(rs, 5);
                    m.put("closedAt", closed == null ? null : closed.toString());
                    m.put("rule", rs.getString(6));
                    return m;
                }).optional().orElse(Map.of());
    }

    /** Devices of the workers in a scope: last preparation and synchronisation, pending changes, open conflicts. */
    List<Device> devices(AccessScope scope) {
        return jdbc.sql("""
                select d.username, d.device_id, d.prepared_at, d.prepared_households, d.last_sync_at,
                       d.pending_changes,
                       (select count(*) from field_change c where c.username = d.username and c.device_id = d.device_id
                          and c.status = 'CONFLICTO' and c.resolved_at is null)
                from field_device d
                where (:all or d.jurisdiction_id = :j) and coalesce(d.territory_path, '') like :p
                order by d.last_sync_at desc nulls last, d.username limit 500""").params(scope.filterParams())
                .query((rs, n) -> new Device(rs.getString(1), rs.getString(2), instant(rs, 3),
                        (Integer) rs.getObject(4),
                        instant(rs, 5), rs.getInt(6), rs.getInt(7)))
                .list();
    }

    private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A worker's device as the supervisor sees it. */
    public record Device(String username, String deviceId, Instant preparedAt, Integer preparedHouseholds,
            Instant lastSyncAt, int pendingChanges, int conflicts) {
    }
}
