package org.minga.governance.internal;

import org.minga.governance.internal.Gov.MemberRole;

/** The custom statements of {@link BodyRepository}: its members' rows and the paths its commitments carry. */
interface BodyStatements {

    long addMember(long bodyId, long actorId, String personName, String position, String email, Long userId,
            MemberRole role);

    /** A member leaves: kept for the attendance of past sessions, no longer counted for quorum. */
    void deactivateMember(long memberId);

    /** Cancels a body's sessions still scheduled from {@code from} on; answers how many. */
    int cancelSessionsFrom(long bodyId, java.time.Instant from);

    /** The commitments of a body follow it when it moves to another territory. */
    void moveCommitments(long bodyId, String territoryPath);

    /**
     * Members named by a username whose account did not exist yet (demo data loads before the demo users) are linked
     * to it, and the commitments they answer for with them.
     */
    void linkPendingAccounts();
}
