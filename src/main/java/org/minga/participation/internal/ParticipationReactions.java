package org.minga.participation.internal;

import lombok.RequiredArgsConstructor;
import org.minga.participation.internal.ImprovementActionEvents.ImprovementActionDone;
import org.minga.participation.internal.ImprovementActionEvents.ImprovementActionPlanned;
import org.minga.platform.Capability;
import org.minga.platform.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What follows an improvement action's change, after it commits: the supervisors who run participation hear of it. */
@Component
@RequiredArgsConstructor
class ParticipationReactions {

    private final Notifications notifications;

    @ApplicationModuleListener
    void notifyPlanned(ImprovementActionPlanned e) {
        notifications.notifyCovering(e.jurisdictionId(), e.territoryPath(), Capability.RUN_PARTICIPATION,
                Notifications.Notification.of("participation.action",
                        "Nueva acción de mejora: " + ContributionService.abbreviate(e.title()),
                        "Responsable: " + e.owner() + ". Fecha límite: " + e.dueOn() + ".",
                        "/participation/actions", e.jurisdictionId()).withKey("improvement-action:" + e.actionId()));
    }

    @ApplicationModuleListener
    void notifyDone(ImprovementActionDone e) {
        notifications.notifyCovering(e.jurisdictionId(), e.territoryPath(), Capability.RUN_PARTICIPATION,
                Notifications.Notification.of("participation.action.done",
                        "Acción de mejora hecha: " + ContributionService.abbreviate(e.title()),
                        "Publique la devolución de los espacios de donde vinieron sus aportes.",
                        "/participation/actions", e.jurisdictionId())
                        .withKey("improvement-action:" + e.actionId() + ":done"));
    }
}
