package org.minga.platform;

import java.util.Collection;

/**
 * Where the platform's own pages that may show personal data (the audit log, import jobs with their rows and
 * errors) report what they show. The privacy module implements it and writes the personal-data access log; the
 * platform cannot depend on it, so it asks through this interface.
 */
public interface PersonalDataReads {

    /** An import job's rows and errors, which may name people. */
    String IMPORT = "IMPORT";
    /** Audit-log entries, whose before and after states may hold a person's record. */
    String AUDIT = "AUDIT";
    /** Contact people of actors: their names, e-mails and phones (the actor module cannot depend on privacy). */
    String ACTOR_CONTACT = "ACTOR_CONTACT";

    void logRead(String subjectType, Collection<Long> ids, Long jurisdictionId, String action);
}
