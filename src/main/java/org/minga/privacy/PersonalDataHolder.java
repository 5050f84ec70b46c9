package org.minga.privacy;

import org.minga.platform.CurrentUser;

/**
 * Implemented by the module that stores persons, so that privacy can find the data subject of a request without
 * depending on it. What each module keeps about the person, its export and its anonymisation, are the
 * {@link org.minga.platform.PersonalDataOwner}s'.
 */
public interface PersonalDataHolder {

    /** The person, checked against the user's jurisdiction and territory; throws when not visible. */
    DataSubject requireVisible(long personId, CurrentUser user);

    /** The person whatever the user's scope, for those who act on a whole jurisdiction (the privacy officer). */
    java.util.Optional<DataSubject> subject(long personId);

    /**
     * The persons of a jurisdiction with this document number, whatever its type and the user's territory (the
     * privacy officer's search); at most a few, as a number is unique per type.
     */
    java.util.List<DataSubject> subjectsByDocument(long jurisdictionId, String documentNumber);

    record DataSubject(long personId, long jurisdictionId, String displayName,
            boolean anonymised) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, jurisdictionId);
        }

    }
}
