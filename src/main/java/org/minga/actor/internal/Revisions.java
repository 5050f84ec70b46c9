package org.minga.actor.internal;

import java.util.function.Consumer;

import org.minga.actor.internal.domain.Registered;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.CrudRepository;

/**
 * How a form changes a record of the registry (actor, alliance, asset): the form carries the version it was read
 * at; a change made meanwhile by someone else is refused with a message saying so, never silently overwritten.
 */
final class Revisions {

    private Revisions() {
    }

    /** The version the form was read at, which an edit needs. */
    static int requireVersion(Integer version) {
        if (version == null) {
            throw new ValidationException("version", "Falta la versión del registro que editó; recargue la página.");
        }
        return version;
    }

    /** Loads the record, checks it is still at {@code version}, lets {@code change} change it and saves it. */
    static <T extends Registered<T>> T revise(CrudRepository<T, Long> repository, long id, int version,
            Consumer<T> change, String stale) {
        T record = repository.findById(id).orElseThrow();
        if (record.version() != version) {
            throw new ConflictException(stale);
        }
        change.accept(record);
        try {
            return repository.save(record);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException(stale);
        }
    }
}
