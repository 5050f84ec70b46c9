package org.minga.planning;

import java.util.Optional;

/**
 * The entities (actors: secretarías, subredes, ICBF regionals...) that may be responsible for a plan action or put
 * resources in it, offered by the module that keeps them. Planning stores the entity's id beside its name without
 * depending on that module (which depends on planning for its figures): the {@link IndicatorSource} pattern turned
 * around. A name that matches no entity stays a name.
 */
public interface ResponsibleEntities {

    /** The entity a text names in the jurisdiction: its code, its acronym or its name (case aside). */
    Optional<Entity> find(long jurisdictionId, String text);

    /** An entity: its id in the owning module, its code and its name. */
    record Entity(long id, String code, String name) {
    }
}
