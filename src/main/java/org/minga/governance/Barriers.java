package org.minga.governance;

import java.util.Optional;

import org.minga.platform.CurrentUser;

/** Barriers as other modules raise them. */
public interface Barriers {

    /**
     * Raises a barrier at a body (the given one, or the local body of the territory); it is audited, starts
     * its escalation trail and notifies the users covering the body's territory. Returns the barrier id.
     * Throws {@link org.minga.platform.ValidationException} naming the field when the request is invalid
     * (e.g. no local body covers the territory).
     */
    long raise(RaiseBarrier request, CurrentUser user);

    /** The micro-level body whose territory is the nearest one covering the territory, if any. */
    Optional<Long> localBodyFor(long territoryId);
}
