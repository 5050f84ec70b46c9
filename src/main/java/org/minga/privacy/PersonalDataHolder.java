package org.minga.privacy;

import java.util.Map;

import org.minga.platform.CurrentUser;

/**
 * Implemented by the module that stores persons, so that privacy can answer data-subject requests without
 * depending on it.
 */
public interface PersonalDataHolder {

    /** The person, checked against the user's jurisdiction and territory; throws when not visible. */
    DataSubject requireVisible(long personId, CurrentUser user);

    /** The person whatever the user's scope, for those who act on a whole jurisdiction (the privacy officer). */
    java.util.Optional<DataSubject> subject(long personId);

    /** Everything held on the person, for a consulta. */
    Map<String, Object> export(long personId);

    /** Deletion on request: removes every identifying datum, keeping the row so that counts stay right. */
    void anonymise(long personId);

    record DataSubject(long personId, long jurisdictionId, String displayName, boolean anonymised) {
    }
}
