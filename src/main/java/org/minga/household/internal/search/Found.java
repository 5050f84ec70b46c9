package org.minga.household.internal.search;

import java.util.List;

import org.minga.privacy.PersonalRecord;

/** What the search of persons and households finds: records the user reaches, each written on the access log. */
public final class Found {

    private Found() {
    }

    /** A person found: enough to tell two namesakes apart (document, territory, household). */
    public record FoundPerson(long id, long jurisdictionId, Long householdId, String fullName, String documentType,
            String documentNumber, String territoryName, String householdCode) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(id, jurisdictionId);
        }
    }

    /** A household found by its code. */
    public record FoundHousehold(long id, long jurisdictionId, String code, String address, String territoryName,
            int members) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(id, jurisdictionId);
        }
    }

    /**
     * The answer to one query: households by code, persons by document or by name; {@code more} when there were more
     * persons than shown (the user should type more).
     */
    public record Results(String query, List<FoundHousehold> households, List<FoundPerson> persons, boolean more,
            boolean tooShort) {

        public boolean empty() {
            return households.isEmpty() && persons.isEmpty();
        }
    }
}
