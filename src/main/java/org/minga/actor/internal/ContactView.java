package org.minga.actor.internal;

import java.time.LocalDate;

/**
 * A contact person with the authorization recorded for their data and, when they accept invitations by e-mail, since
 * when and who recorded it. Never public.
 */
public record ContactView(long id, long actorId, String fullName, String position, String email, String phone,
        String authorizedBy, LocalDate authorizedAt, String authorizationPurpose,
        String authorizationChannel, LocalDate emailAcceptedOn, String emailAcceptedRecordedBy) {
}
