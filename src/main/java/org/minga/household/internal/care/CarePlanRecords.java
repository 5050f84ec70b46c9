package org.minga.household.internal.care;

import java.time.LocalDate;
import java.util.List;

import org.minga.privacy.PersonalRecord;

/** The commands and views of family care plans. */
public final class CarePlanRecords {

    private CarePlanRecords() {
    }

    public record ActionCommand(String need, String action, String responsibleType, String responsibleName,
            LocalDate startOn,
            LocalDate dueOn, String status) {
    }

    public record CarePlanCommand(Long householdId, LocalDate openedOn, List<ActionCommand> actions) {
    }

    public record ActionView(long id, String need, String action, String responsibleType, String responsibleName,
            LocalDate startOn, LocalDate dueOn, String status, int version) {
    }

    public record VisitCommand(LocalDate visitedOn, String notes, LocalDate nextVisitOn) {
    }

    public record VisitView(long id, LocalDate visitedOn, String notes, LocalDate nextVisitOn, String createdBy) {
    }

    public record CarePlanView(long id, long jurisdictionId, long householdId, String householdCode, String status,
            LocalDate openedOn, LocalDate closedOn, List<ActionView> actions, List<VisitView> visits,
            int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(householdId, jurisdictionId);
        }
    }
}
