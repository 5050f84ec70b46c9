package org.minga.privacy;

import java.time.OffsetDateTime;

/**
 * An authorization to process a person's personal data (Ley 1581 de 2012, art. 9): who gave it (the person,
 * or a legal guardian for a minor), when, through which channel, for which purposes, and its evidence (the
 * signed form's number, the recording's reference...). {@code sensitiveData} says it covers sensitive data
 * (health, ethnicity, disability: art. 5), which needs an explicit, optional authorization.
 */
public record AuthorizationCommand(String grantedByName, String grantedByDocument, Boolean byGuardian,
        String guardianRelation, String channel, String purposes, String evidence,
        Boolean sensitiveData, OffsetDateTime grantedAt) {

    public boolean guardian() {
        return Boolean.TRUE.equals(byGuardian);
    }

    public boolean sensitive() {
        return Boolean.TRUE.equals(sensitiveData);
    }
}
