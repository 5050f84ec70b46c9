package org.minga.governance.internal;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Labels;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.domain.BarrierEvents.BarrierDecided;
import org.minga.governance.internal.domain.BarrierEvents.BarrierEscalated;
import org.minga.governance.internal.domain.BarrierEvents.BarrierRaised;
import org.minga.platform.Capability;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a barrier's moves: those who run governance over the body that receives it (raised, escalated) and
 * over the body that raised it (decided). After the change commits, each in its own transaction, through Spring
 * Modulith's event publication registry (a failed one is kept and can be resubmitted); the notice is deduplicated
 * by its key.
 */
@Component
@RequiredArgsConstructor
class BarrierReactions {

    private final BodyReadModel bodies;
    private final Notifications notifications;
    private final Labels labels;

    @ApplicationModuleListener
    void raised(BarrierRaised e) {
        BodyView body = bodies.byId(e.bodyId()).orElseThrow();
        long id = e.barrierId().value();
        notify(body, new Notification("barrier.raised",
                labels.spanish(e.kind()) + " presentada en " + body.name() + ": " + e.title(), labels.spanish(e.type()),
                "/governance/barriers/" + id, body.jurisdictionId(), "barrier:" + id + ":raised"));
    }

    @ApplicationModuleListener
    void escalated(BarrierEscalated e) {
        BodyView from = bodies.byId(e.fromBodyId()).orElseThrow();
        BodyView parent = bodies.byId(e.toBodyId()).orElseThrow();
        long id = e.barrierId().value();
        notify(parent, new Notification("barrier.escalated", "Barrera escalada a " + parent.name() + ": " + e.title(),
                "Desde " + from.name() + ": " + e.note().strip(), "/governance/barriers/" + id,
                parent.jurisdictionId(), "barrier:" + id + ":to:" + parent.id()));
    }

    @ApplicationModuleListener
    void decided(BarrierDecided e) {
        BodyView origin = bodies.byId(e.originBodyId()).orElseThrow();
        long id = e.barrierId().value();
        notify(origin, new Notification("barrier.decided",
                (e.resolved() ? "Barrera resuelta: " : "Barrera devuelta con orientación: ") + e.title(),
                e.decision(), "/governance/barriers/" + id, origin.jurisdictionId(),
                "barrier:" + id + ":decided:" + e.version()));
    }

    private void notify(BodyView body, Notification n) {
        notifications.notifyCovering(body.jurisdictionId(), body.territoryPath(), Capability.RUN_GOVERNANCE, n);
    }
}
