package org.minga.governance.internal.domain;

import org.minga.platform.Identity;

/** What happens to petitions, for the reactions that follow (who is told). */
public final class PetitionEvents {

    private PetitionEvents() {
    }

    /** A petition reached a body: those who run it hear of it. */
    public record PetitionRaised(Identity<Petition> petitionId, long toBodyId, String from, String title) {
    }

    /** A petition was answered: the place it came from hears of it. */
    public record PetitionAnswered(Identity<Petition> petitionId, long jurisdictionId, String territoryPath,
            String toBody,
            String title, String answer) {
    }
}
