package org.minga.governance.internal;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.domain.CommitmentEvents.CommitmentAssigned;
import org.minga.platform.Times;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a commitment's creation, outside the aggregate: its responsible user hears of it. After the creation
 * commits, in its own transaction, through Spring Modulith's event publication registry (a failed one is kept and
 * can be resubmitted); the notice is deduplicated by its key.
 */
@Component
@RequiredArgsConstructor
class CommitmentReactions {

    private final Notifications notifications;

    @ApplicationModuleListener
    void notifyResponsible(CommitmentAssigned e) {
        if (e.userId() == null) {
            return;
        }
        long id = e.commitmentId().value();
        notifications.notifyUser(e.userId(),
                new Notification("commitment.assigned", "Nuevo compromiso a su cargo: " + e.title(),
                        e.bodyName() + " le asignó un compromiso con fecha límite " + Times.DATE.format(e.dueDate())
                                + ".",
                        "/governance/commitments/" + id, e.jurisdictionId(), "commitment:" + id + ":assigned"));
    }
}
