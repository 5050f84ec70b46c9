package org.minga.practice.internal;

import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells an evaluator with an account that a practice was assigned to them, in the transaction of the assignment. */
@Component
record EvaluationNotifications(UserAccounts accounts, Notifications notifications) {

    @EventListener
    void assigned(EvaluationService.EvaluatorAssigned event) {
        var a = event.assignment();
        if (a.username() == null) {
            return;
        }
        accounts.idOf(a.username()).ifPresent(user -> notifications.notifyUser(user, new Notification(
                "evaluation.assigned", "Le asignaron una buena práctica para evaluar: " + a.practiceTitle(),
                "Declare primero si tiene conflicto de interés; luego califique cada criterio.",
                "/practices/evaluations/" + a.id(), event.jurisdictionId(), "evaluation:" + a.id() + ":assigned")));
    }
}
