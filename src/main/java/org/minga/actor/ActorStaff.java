package org.minga.actor;

import java.time.Instant;
import java.util.List;

/**
 * Which users work for which actor (entity): a receiving entity's referral inbox, a fair's stand. Administrators
 * and district users add and remove staff on the actor's page.
 */
public interface ActorStaff {

    /** The actors the user works for (empty when none). */
    List<Long> actorsOf(long userId);

    boolean isStaff(long actorId, long userId);

    /** The staff of an actor, by username. */
    List<Member> staffOf(long actorId);

    /**
     * Adds a user (by username) to an actor's staff; only administrators and district users may. Audited; a
     * {@link org.minga.platform.ValidationException} names the problem (unknown user, already staff).
     */
    Member assign(long actorId, String username, String position, org.minga.platform.CurrentUser by);

    record Member(long actorId, long userId, String username, String position, String addedBy, Instant addedAt) {
    }
}
