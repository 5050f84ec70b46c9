package org.minga.governance.internal;

import java.util.stream.Collectors;

import org.minga.governance.BarrierType;
import org.minga.governance.Barriers;
import org.minga.governance.RaiseBarrier;
import org.minga.platform.CurrentUsers;
import org.minga.referral.SystemicDelayReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Overdue referrals raised as a systemic delay become an access barrier at the local body of their territory,
 * in the same transaction: if no local body covers the territory the referrals are not marked as raised either.
 */
@Component
record SystemicDelayBarriers(Barriers barriers) {

    @EventListener
    void on(SystemicDelayReported delay) {
        String references = delay.referralIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        barriers.raise(new RaiseBarrier(delay.jurisdictionId(), delay.territoryId(), null, BarrierType.ACCESS,
                delay.title(), delay.description(), delay.serviceIds(), "referral",
                "Canalizaciones vencidas " + references), CurrentUsers.require());
    }
}
