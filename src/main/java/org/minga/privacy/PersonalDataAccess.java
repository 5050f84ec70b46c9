package org.minga.privacy;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.PersonalDataReads;

/**
 * The log of every read of a person's or household's record: who, when, from where (remote address), which
 * records and through which page or endpoint (method and URI pattern). Views that implement
 * {@link PersonalRecord} are logged by the web layer; exports, files and lookups that return something else call
 * {@link #logRead}.
 */
public interface PersonalDataAccess extends PersonalDataReads {

    String PERSON = "PERSON";
    String HOUSEHOLD = "HOUSEHOLD";

    String VIEW = "VIEW";
    String LIST = "LIST";
    String EXPORT = "EXPORT";
    String LOOKUP = "LOOKUP";

    /**
     * Logs a read of {@code ids} by the current user. Inside a web request the ids are gathered and written as
     * one row per subject type, jurisdiction and action before the answer is sent; outside one (a background job)
     * the row is written at once.
     */
    @Override
    void logRead(String subjectType, Collection<Long> ids, Long jurisdictionId, String action);

    default void logView(String subjectType, long subjectId, long jurisdictionId, String action) {
        logRead(subjectType, List.of(subjectId), jurisdictionId, action);
    }

    /** The reads of one subject, newest first. */
    List<Entry> of(String subjectType, long subjectId, int limit);

    /** Whether {@code user} may read other people's access log (the privacy officer's work; today administrators). */
    boolean mayReadLog(CurrentUser user);

    record Entry(OffsetDateTime at, String subjectType, long subjectId, String username, String action,
            String remoteAddress, String endpoint, int records) {
    }
}
