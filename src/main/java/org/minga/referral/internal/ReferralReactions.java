package org.minga.referral.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Notifications;
import org.minga.referral.internal.ReferralViews.TransitionCommand;
import org.minga.referral.internal.domain.ReferralEvents.Facts;
import org.minga.referral.internal.domain.ReferralEvents.ReferralCreated;
import org.minga.referral.internal.domain.ReferralEvents.ReferralStatusChanged;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a referral's change, outside the aggregate. The webhook outbox is written in the change's own
 * transaction (it is the ordered change feed other systems read, so it commits with the change or not at all);
 * the sender's notification and the care route's next step follow the commit, each in its own transaction,
 * through Spring Modulith's event publication registry (a failed one is kept and can be resubmitted).
 */
@Component
@RequiredArgsConstructor
class ReferralReactions {

    private final WebhookService outbox;
    private final Notifications notifications;
    private final ReferralTransitions transitions;
    private final ReferralReadModel read;

    @EventListener
    void recordCreated(ReferralCreated e) {
        outbox.record("referral.created", e.referral().jurisdictionId(), e.referral().referralId(),
                e.referral().territoryPath(), e.referral().actorId(),
                payload(e.referral(), ReferralStatus.CREATED, null));
    }

    @EventListener
    void recordStatusChanged(ReferralStatusChanged e) {
        outbox.record("referral.status_changed", e.referral().jurisdictionId(), e.referral().referralId(),
                e.referral().territoryPath(), e.referral().actorId(), payload(e.referral(), e.to(), e.from()));
    }

    /** The sender hears when the entity attends, rejects or returns the referral. */
    @ApplicationModuleListener
    void notifySender(ReferralStatusChanged e) {
        Facts r = e.referral();
        if (!e.answered() || r.createdByUserId() == null) {
            return;
        }
        String note = read.lastNote(r.referralId(), e.to()).orElse("");
        notifications.notifyUser(r.createdByUserId(), new Notifications.Notification("referral.answered",
                "La canalización " + r.code() + " fue " + e.to().label(), r.actorName() + ": " + note,
                "/referrals/" + r.referralId(), r.jurisdictionId(),
                "referral:" + r.referralId() + ":" + e.to().name()));
    }

    /** A care route moves on when a step is attended: the next step's referral (still creada) is sent. */
    @ApplicationModuleListener
    void sendNextRouteStep(ReferralStatusChanged e) {
        Facts r = e.referral();
        if (e.to() != ReferralStatus.ATTENDED || r.routeApplicationId() == null) {
            return;
        }
        read.nextRouteStep(r.routeApplicationId(), r.routeStepPosition()).ifPresent(
                next -> transitions.transition(next, new TransitionCommand("SENT", "Paso anterior de la ruta atendido.",
                        null, null, null, null), ReferralTransitions.ROUTE));
    }

    private static Map<String, Object> payload(Facts r, ReferralStatus status, ReferralStatus previous) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("referralId", r.referralId());
        m.put("code", r.code());
        m.put("status", status.name());
        m.put("previousStatus", previous == null ? null : previous.name());
        m.put("actorId", r.actorId());
        m.put("serviceId", r.serviceId());
        m.put("dueOn", r.dueOn().toString());
        m.put("version", r.version());
        return m;
    }
}
