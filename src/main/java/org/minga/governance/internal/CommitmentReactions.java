package org.minga.governance.internal;

import org.minga.governance.internal.domain.CommitmentEvents.CommitmentAssigned;
import org.minga.platform.Times;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What follows a commitment's creation, outside the aggregate: its responsible user hears of it. In the creation's
 * own transaction (the notice is a row of the change, deduplicated by its key, and mailed after the commit), so the
 * user finds it in the inbox as soon as the page that created it answers.
 */
@Component
record CommitmentReactions(Notifications notifications) {

    @EventListener
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
