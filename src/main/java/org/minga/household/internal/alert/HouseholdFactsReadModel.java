package org.minga.household.internal.alert;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.alert.AlertRules.Facts;
import org.minga.household.internal.alert.AlertRules.Member;
import org.minga.household.internal.shared.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the alert rules read about households: a household's members and the latest answer to each question of its
 * characterisations, where it is, and which households of a scope to re-run. Persons whose authorization was
 * withdrawn, anonymised or merged are left out.
 */
@Component
record HouseholdFactsReadModel(JdbcClient jdbc, Json json) {

    /** Where a household is and who visits it: what an alert opened on it copies. */
    record Placement(long jurisdictionId, String path, Long team) {
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

    Placement placement(long householdId) {
        return jdbc.sql("select jurisdiction_id, territory_path, field_team_id from household where id = :id")
                .param("id", householdId)
                .query((rs, n) -> new Placement(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3))).single();
    }

    /** The households of a jurisdiction under a territory pattern ({@code AccessScope.likePattern()}). */
    List<Long> households(long jurisdictionId, String likePattern) {
        return jdbc
                .sql("select id from household where jurisdiction_id = :j and territory_path like :p order by id")
                .param("j", jurisdictionId).param("p", likePattern).query(Long.class).list();
    }
}
