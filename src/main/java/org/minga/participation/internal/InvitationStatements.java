package org.minga.participation.internal;

import org.minga.participation.internal.domain.CallOutcome;

/** The custom part of {@link InvitationRepository}. */
interface InvitationStatements {

    /** Logs a phone call to an invitee; answers its id. */
    long appendCall(long invitationId, CallOutcome outcome, String notes, String calledBy);
}
