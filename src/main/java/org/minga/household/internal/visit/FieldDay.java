package org.minga.household.internal.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.minga.household.FieldReferrals;
import org.minga.household.internal.alert.AlertRecords.RuleView;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.privacy.PersonalRecord;

/**
 * A field worker's day, prepared for working offline: the households of their visit list (due visits, open alerts,
 * care-plan actions in their territories) with what the visit needs, and each jurisdiction's instruments, alert
 * rules and active services (what an offline referral chooses from). The browser keeps it encrypted; everything in it is on the access log as read.
 */
public record FieldDay(Instant preparedAt, Instant expiresAt, String deviceId, List<Rules> jurisdictions,
        List<DayHousehold> households) {

    /** What a jurisdiction's characterisations and alerts follow, as of the preparation. */
    public record Rules(long jurisdictionId, String zone, List<InstrumentView> instruments, List<RuleView> rules,
            List<FieldReferrals.Service> services) {
    }

    public record DayHousehold(long id, long jurisdictionId, String code, String address, String territoryPath,
            LocalDate nextVisitOn, boolean priority, int version, List<DayMember> members,
            Map<String, Object> householdAnswers, List<DayAlert> alerts, DayPlan carePlan) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(id, jurisdictionId);
        }
    }

    /** A member with the latest answer to each question of their characterisations (what the rules read). */
    public record DayMember(long id, long jurisdictionId, String documentType, String documentNumber, String name,
            LocalDate birthDate, String sex, boolean disability, boolean disabilityCertified, String relation,
            Map<String, Object> answers) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(id, jurisdictionId);
        }
    }

    public record DayAlert(long id, long ruleId, Long personId, String ruleName, String severity, String status,
            String detail, LocalDate dueOn, int version) {
    }

    public record DayPlan(long id, int version, List<DayAction> actions) {
    }

    public record DayAction(long id, String need, String action, String responsibleType, String responsibleName,
            LocalDate dueOn, String status, int version) {
    }
}
