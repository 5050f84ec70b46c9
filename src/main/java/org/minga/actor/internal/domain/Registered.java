package org.minga.actor.internal.domain;

import java.time.Instant;

import org.minga.platform.CatalogueEntry;

/**
 * What every record of the actor module's registry has: the database's id, a version for optimistic locking, the
 * jurisdiction it belongs to, a code unique in it, a name, and when it last changed. Subclasses add their own
 * description; only mapping annotations here.
 *
 * @param <T> the record, so that its {@link #id()} is an {@code Identity<T>}
 */
public abstract class Registered<T> extends CatalogueEntry<T> {

    private Instant updatedAt;

    protected Registered() {
    }

    protected Registered(long jurisdictionId) {
        catalogue(jurisdictionId, null, null);
    }

    /** Takes a new code and name (stripped), as of {@code now}. */
    protected void named(String code, String name, Instant now) {
        catalogue(jurisdictionId(), code, name);
        this.updatedAt = now;
    }
}
