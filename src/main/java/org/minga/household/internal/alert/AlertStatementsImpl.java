package org.minga.household.internal.alert;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link AlertRepository}, in SQL. */
@RequiredArgsConstructor
class AlertStatementsImpl implements AlertStatements {

    private static final int BATCH = 5000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    @Override
    public int open(List<Opening> openings, String territoryPath, Long fieldTeamId) {
        int opened = 0;
        for (Opening o : openings) {
            opened += jdbc.sql("""
                    insert into alert (jurisdiction_id, rule_id, household_id, person_id, territory_path, severity,
                      field_team_id, status, detail, due_on)
                    values (:j, :r, :h, :p, :path, :s, :t, 'ABIERTA', :d, :due) on conflict do nothing""")
                    .param("j", o.jurisdictionId()).param("r", o.ruleId()).param("h", o.householdId())
                    .param("p", o.personId()).param("path", territoryPath).param("s", o.severity())
                    .param("t", fieldTeamId).param("d", o.detail()).param("due", o.dueOn()).update();
        }
        return opened;
    }

    @Override
    public void openOnNewHouseholds(List<Opening> openings) {
        for (int from = 0; from < openings.size(); from += BATCH) {
            template.batchUpdate("""
                    insert into alert (jurisdiction_id, rule_id, household_id, person_id, territory_path, severity,
                      status, detail, due_on)
                    select ?, ?, ?, ?, h.territory_path, ?, 'ABIERTA', ?, ? from household h where h.id = ?
                    on conflict do nothing""",
                    openings.subList(from, Math.min(openings.size(), from + BATCH)).stream()
                            .map(o -> new Object[]{o.jurisdictionId(), o.ruleId(), o.householdId(), o.personId(),
                                    o.severity(), o.detail(), java.sql.Date.valueOf(o.dueOn()), o.householdId()})
                            .toList());
        }
    }
}
