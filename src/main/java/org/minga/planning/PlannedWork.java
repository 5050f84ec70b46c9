package org.minga.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A kind of work that can be tied to a plan action (fairs, improvement actions of dialogues, governance
 * commitments, care routes, training programmes). The module that owns the work declares one bean per kind in its
 * own internal package (usually a {@link SqlPlannedWork}); planning lists the works to choose from and shows their
 * titles under the action they serve, without reading the owner's tables. Links are written through
 * {@link PlanActions}.
 */
public interface PlannedWork {

    /** Stable key of the kind, as stored on links: "fair", "commitment", "improvement-action"... */
    String kind();

    /** Spanish name of the kind: "Jornada de servicios". */
    String label();

    /** The works of a jurisdiction, newest first. */
    List<WorkItem> works(long jurisdictionId);

    /** One piece of work: its id in the owning module, its title, its date and a short detail (place, status). */
    record WorkItem(long id, String title, LocalDate on, String detail) {
    }
}
