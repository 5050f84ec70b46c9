package org.minga.household.internal.alert;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.alert.AlertRules.Facts;
import org.minga.household.internal.alert.AlertRules.Firing;
import org.minga.household.internal.alert.AlertRules.Member;
import org.minga.household.internal.alert.AlertRules.Rule;
import org.minga.household.internal.shared.HouseholdFactsChanged;
import org.minga.household.internal.shared.Json;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the alert rules of a jurisdiction over a household: its members' personal data and the latest answer
 * to each question of its characterisations ({@link AlertRules} decides). A rule that fires opens an alert unless
 * one is already open for the same rule and person (the unique index {@code alert_open_uq}). Persons whose
 * authorization was withdrawn, anonymised or merged are never evaluated.
 */
@Component
public class AlertEngine {

    private final JdbcClient jdbc;
    private final Json json;
    private final JdbcTemplate template;

    AlertEngine(JdbcClient jdbc, Json json, JdbcTemplate template) {
        this.template = template;
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Rule> rules(long jurisdictionId) {
        return jdbc.sql("select * from alert_rule where jurisdiction_id = :j and active order by code")
                .param("j", jurisdictionId)
                .query((rs, n) -> new Rule(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("kind"), json.map(rs.getString("params")),
                        rs.getString("severity"),
                        rs.getInt("due_days")))
                .list();
    }

    Facts facts(long householdId) {
        Map<Long, Map<String, Object>> byPerson = new HashMap<>();
        Map<String, Object> household = new HashMap<>();
        // oldest first, so later answers overwrite earlier ones question by question
        jdbc.sql(
                "select person_id, answers::text from characterization where household_id = :h order by answered_on, id")
                .param("h", householdId).query(rs -> {
                    Long pid = (Long) rs.getObject(1);
                    Map<String, Object> a = json.map(rs.getString(2));
                    (pid == null ? household : byPerson.computeIfAbsent(pid, k -> new HashMap<>())).putAll(a);
                });
        List<Member> members = jdbc.sql("""
                select id, first_name || ' ' || last_name, birth_date, sex, disability, disability_certified
                from person where household_id = :h and merged_into is null and not processing_stopped
                  and anonymised_at is null order by id""")
                .param("h", householdId).query((rs, n) -> new Member(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6),
                        byPerson.getOrDefault(rs.getLong(1), Map.of())))
                .list();
        return new Facts(householdId, members, household);
    }

    /**
     * Alerts of households just created by an import, from their members' data (they have no answers yet):
     * the same rules, batched. Returns the alerts opened.
     */
    public int evaluateNew(long jurisdictionId, Map<Long, List<Member>> members) {
        if (members.isEmpty()) {
            return 0;
        }
        List<Rule> rules = rules(jurisdictionId);
        if (rules.isEmpty()) {
            return 0;
        }
        String zone = jdbc.sql("select time_zone from jurisdiction where id = :j").param("j", jurisdictionId)
                .query(String.class).single();
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<Long, List<Member>> e : members.entrySet()) {
            Facts facts = new Facts(e.getKey(), e.getValue(), Map.of());
            for (Rule rule : rules) {
                for (Firing f : AlertRules.evaluate(rule, facts, today)) {
                    rows.add(new Object[]{jurisdictionId, rule.id(), e.getKey(), f.personId(), e.getKey(),
                            rule.severity(),
                            f.detail(), java.sql.Date.valueOf(today.plusDays(rule.dueDays()))});
                }
            }
        }
        for (int from = 0; from < rows.size(); from += 5000) {
            template.batchUpdate(
                    """
                            insert into alert (jurisdiction_id, rule_id, household_id, person_id, territory_path, severity, status,
                              detail, due_on) select ?, ?, ?, ?, h.territory_path, ?, 'ABIERTA', ?, ? from household h where h.id = ?
                            on conflict do nothing""",
                    rows.subList(from, Math.min(rows.size(), from + 5000)).stream()
                            .map(r -> new Object[]{r[0], r[1], r[2], r[3], r[5], r[6], r[7], r[4]}).toList());
        }
        return rows.size();
    }

    @EventListener
    void on(HouseholdFactsChanged e) {
        evaluateHousehold(e.householdId());
    }

    /** Evaluates every active rule of the household's jurisdiction; returns the alerts opened. */
    public int evaluateHousehold(long householdId) {
        record H(long jurisdictionId, String path, Long team, String zone) {
        }
        H h = jdbc.sql("""
                select h.jurisdiction_id, h.territory_path, h.field_team_id, j.time_zone from household h
                join jurisdiction j on j.id = h.jurisdiction_id where h.id = :id""").param("id", householdId)
                .query((rs, n) -> new H(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4)))
                .single();
        LocalDate today = LocalDate.now(ZoneId.of(h.zone()));
        Facts facts = facts(householdId);
        int opened = 0;
        for (Rule rule : rules(h.jurisdictionId())) {
            for (Firing f : AlertRules.evaluate(rule, facts, today)) {
                opened += jdbc.sql("""
                        insert into alert (jurisdiction_id, rule_id, household_id, person_id, territory_path, severity,
                          field_team_id, status, detail, due_on)
                        values (:j, :r, :h, :p, :path, :s, :t, 'ABIERTA', :d, :due) on conflict do nothing""")
                        .param("j", h.jurisdictionId()).param("r", rule.id()).param("h", householdId)
                        .param("p", f.personId())
                        .param("path", h.path()).param("s", rule.severity()).param("t", h.team()).param("d", f.detail())
                        .param("due", today.plusDays(rule.dueDays())).update();
            }
        }
        return opened;
    }
}
