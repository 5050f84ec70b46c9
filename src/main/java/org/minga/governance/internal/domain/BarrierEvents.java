package org.minga.governance.internal.domain;

import org.minga.governance.BarrierType;
import org.minga.governance.internal.Gov.BarrierKind;
import org.minga.platform.Identity;

/** What happens to barriers, for the reactions that follow (who is told). */
public final class BarrierEvents {

    private BarrierEvents() {
    }

    /** A barrier or need was raised at a body. */
    public record BarrierRaised(Identity<Barrier> barrierId, long bodyId, BarrierKind kind, BarrierType type,
            String title) {
    }

    /** A barrier was passed from a body to the one above. */
    public record BarrierEscalated(Identity<Barrier> barrierId, long fromBodyId, long toBodyId, String title,
            String note) {
    }

    /** A barrier was resolved or returned with guidance; the body that raised it hears of it. */
    public record BarrierDecided(Identity<Barrier> barrierId, long originBodyId, String title, String decision,
            boolean resolved, int version) {
    }
}
