package org.minga.governance.internal;

import java.util.List;

import org.minga.governance.internal.domain.Barrier;
import org.minga.platform.CurrentUser;

/** The custom statements of {@link BarrierRepository}: the services a barrier concerns and its trail. */
interface BarrierStatements {

    void addServices(long barrierId, List<Long> serviceIds);

    /** Appends a step to a barrier's trail, by {@code user}. */
    void append(long jurisdictionId, long barrierId, Barrier.Escalation step, CurrentUser user);
}
