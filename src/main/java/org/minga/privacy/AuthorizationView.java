package org.minga.privacy;

import java.time.OffsetDateTime;

/**
 * A recorded authorization; {@code active} while not withdrawn. {@code evidenceImage}: a photo of the signed form or
 * a drawn signature is kept with it (shown at {@code /consents/{id}/evidence} to those who read the person's data).
 */
public record AuthorizationView(long id, long jurisdictionId, Long personId, String grantedByName,
        String grantedByDocument, boolean byGuardian, String guardianRelation,
        String channel, String purposes, String evidence, boolean sensitiveData,
        OffsetDateTime grantedAt, OffsetDateTime withdrawnAt, String withdrawnReason,
        String recordedBy, int version, boolean evidenceImage) implements PersonalRecord {

    @Override
    public void accessedSubjects(Subjects s) {
        s.person(personId, jurisdictionId);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("active")
    public boolean active() {
        return withdrawnAt == null;
    }
}
