package org.minga.governance.internal;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.domain.PetitionEvents.PetitionAnswered;
import org.minga.governance.internal.domain.PetitionEvents.PetitionRaised;
import org.minga.platform.Capability;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a petition: those who run governance over the body it reaches (raised), and over the place it came
 * from (answered). After the change commits, through Spring Modulith's event publication registry; deduplicated by
 * the notice's key.
 */
@Component
@RequiredArgsConstructor
class PetitionReactions {

    private final BodyReadModel bodies;
    private final Notifications notifications;

    @ApplicationModuleListener
    void raised(PetitionRaised e) {
        BodyView to = bodies.byId(e.toBodyId()).orElseThrow();
        long id = e.petitionId().value();
        notifications.notifyCovering(to.jurisdictionId(), to.territoryPath(), Capability.RUN_GOVERNANCE,
                new Notification("petition.raised", "Petición para " + to.name() + ": " + e.title(),
                        "Elevada por " + e.from() + ".", "/governance/petitions/" + id, to.jurisdictionId(),
                        "petition:" + id + ":raised"));
    }

    @ApplicationModuleListener
    void answered(PetitionAnswered e) {
        long id = e.petitionId().value();
        notifications.notifyCovering(e.jurisdictionId(), e.territoryPath(), Capability.RUN_GOVERNANCE,
                new Notification("petition.answered", e.toBody() + " respondió la petición: " + e.title(),
                        e.answer(), "/governance/petitions/" + id, e.jurisdictionId(),
                        "petition:" + id + ":answered"));
    }
}
