package org.minga.referral.internal.home;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorStaff;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.Times;
import org.minga.referral.internal.domain.ReferralEvents.Facts;
import org.minga.referral.internal.domain.ReferralEvents.ReferralStatusChanged;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the receiving entity's staff that a referral arrived (it was sent to the entity), with its deadline; the
 * person's contact is on the referral's page, within what the person authorised. After the commit, through the
 * event publication registry like the referral's other reactions.
 */
@Component
@RequiredArgsConstructor
class ReferralArrivals {

    private final ActorStaff staff;
    private final Notifications notifications;

    @ApplicationModuleListener
    void notifyEntity(ReferralStatusChanged e) {
        if (e.to() != ReferralStatus.SENT) {
            return;
        }
        Facts r = e.referral();
        List<Long> users = staff.staffOf(r.actorId()).stream().map(ActorStaff.Member::userId).toList();
        notifications.notifyUsers(users, new Notification("referral.arrived",
                "Nueva canalización para " + r.actorName() + ": " + r.code(),
                "Plazo para responder: " + Times.DATE.format(r.dueOn()) + ".", "/referrals/" + r.referralId(),
                r.jurisdictionId(), "referral:" + r.referralId() + ":arrived"));
    }
}
