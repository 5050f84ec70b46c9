package org.minga.governance.internal;

import java.util.List;
import java.util.Map;

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

    /** The usernames members were named by before their accounts existed (demo data loads before the demo users). */
    List<String> pendingUsernames();

    /**
     * Members named by a username of {@code accounts} (username to account id) are linked to the account, and the
     * commitments they answer for with them.
     */
    void linkAccounts(Map<String, Long> accounts);
}
