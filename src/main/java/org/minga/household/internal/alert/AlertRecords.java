package org.minga.household.internal.alert;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.minga.privacy.PersonalRecord;

/** The commands and views of alert rules and alerts. */
public final class AlertRecords {

    private AlertRecords() {
    }

    public record RuleCommand(String jurisdiction, String code, String name, String kind, Map<String, Object> params,
            String severity, Integer dueDays) {
    }

    public record RuleView(long id, long jurisdictionId, String code, String name, String kind,
            Map<String, Object> params,
            String severity, int dueDays, boolean active, int version) {
    }

    public record RuleUpdate(String name, Map<String, String> params, String severity, Integer dueDays, boolean active,
            Integer version) {
    }

    public record AlertView(long id, long jurisdictionId, long ruleId, String ruleName, long householdId,
            String householdCode,
            Long personId, String severity, Long fieldTeamId, String fieldTeamName, String status, String detail,
            LocalDate dueOn, OffsetDateTime createdAt, OffsetDateTime closedAt, String closingNote,
            boolean overdue, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(householdId, jurisdictionId).person(personId, jurisdictionId);
        }
    }

    public record AlertUpdate(String status, String note, Long fieldTeamId, Integer version) {
    }
}
