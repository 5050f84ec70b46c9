package org.minga.household.internal.household;

import java.time.LocalDate;

import org.minga.privacy.PersonalRecord;

/** A household as shown in lists and on its page. */
public record HouseholdView(long id, long jurisdictionId, String code, long territoryId, String territoryName,
        String territoryPath, String address, Double latitude, Double longitude, Integer estrato,
        String sisbenGroup, boolean priority, Long fieldTeamId, String fieldTeamName,
        LocalDate nextVisitOn, int members, int openAlerts, int version) implements PersonalRecord {

    @Override
    public void accessedSubjects(Subjects s) {
        s.household(id, jurisdictionId);
    }
}
