package org.minga.privacy;

/**
 * A view that shows a person's or a household's identifying data. Whatever a page puts in its model or an API
 * handler returns is walked (lists, pages, maps and nested records included) and every {@code PersonalRecord}
 * found is written to the access log, one row per request and subject type, before the answer leaves. A view
 * that shows a name, a document or an address implements it; {@code AccessLogCoverageTests} calls every GET
 * page and endpoint and fails when an answer shows a demo person without a log row.
 */
public interface PersonalRecord {

    /** Names the persons and households this view shows (null ids are ignored). */
    void accessedSubjects(Subjects subjects);

    interface Subjects {

        Subjects person(Long personId, Long jurisdictionId);

        Subjects household(Long householdId, Long jurisdictionId);
    }
}
