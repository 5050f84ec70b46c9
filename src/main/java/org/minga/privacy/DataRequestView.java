package org.minga.privacy;

import java.time.LocalDate;

/** A data-subject request with its legal deadline. */
public record DataRequestView(long id, long jurisdictionId, long personId, String kind, String status,
        LocalDate receivedOn, LocalDate dueOn, String requestedBy, String details,
        String response, LocalDate answeredOn, int businessDaysLeft, boolean overdue,
        int version) implements PersonalRecord {

    @Override
    public void accessedSubjects(Subjects s) {
        s.person(personId, jurisdictionId);
    }

}
