package org.minga.household.internal.team;

import java.time.LocalDate;
import java.util.List;

import org.minga.privacy.PersonalRecord;

/** The commands and views of field teams (equipos básicos extramurales). */
public final class FieldTeamRecords {

    private FieldTeamRecords() {
    }

    public record TeamCommand(String jurisdiction, String code, String name, List<Member> members,
            List<String> territoryCodes) {
    }

    public record Member(String name, String role, String username) {
    }

    public record TeamView(long id, long jurisdictionId, String code, String name, List<Member> members,
            List<String> territories, int version) {
    }

    public record WorkloadRow(long householdId, String code, String territoryName, String address, boolean priority,
            int openAlerts, LocalDate nextVisitOn, boolean visitDue) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(householdId, null);
        }
    }

    public record Workload(TeamView team, long households, long priorityHouseholds, long openAlerts, long visitsDue,
            List<WorkloadRow> rows) {
    }
}
