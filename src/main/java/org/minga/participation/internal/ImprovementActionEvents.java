package org.minga.participation.internal;

import java.time.LocalDate;

/** What happens to improvement actions that others react to (the supervisors' notifications). */
final class ImprovementActionEvents {

    private ImprovementActionEvents() {
    }

    /** A new improvement action, committed in response to what citizens said. */
    record ImprovementActionPlanned(long actionId, long jurisdictionId, String territoryPath, String title,
            String owner, LocalDate dueOn) {
    }

    /** An improvement action was done: the people who took part are waiting for the devolución. */
    record ImprovementActionDone(long actionId, long jurisdictionId, String territoryPath, String title) {
    }
}
