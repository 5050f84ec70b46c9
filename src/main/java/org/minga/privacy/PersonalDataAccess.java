package org.minga.privacy;

import java.time.OffsetDateTime;
import java.util.List;

/** The log of every view of a person's or household's record: who, when, from where. */
public interface PersonalDataAccess {

    String PERSON = "PERSON";
    String HOUSEHOLD = "HOUSEHOLD";

    /** Logs a view by the current user from the current request's address (in its own statement). */
    void logView(String subjectType, long subjectId, long jurisdictionId, String action);

    List<Entry> of(String subjectType, long subjectId, int limit);

    record Entry(OffsetDateTime at, String subjectType, long subjectId, String username, String action,
                 String remoteAddress) {
    }
}
