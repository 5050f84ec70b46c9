package org.minga.governance.internal;

import java.util.function.Consumer;

import org.minga.governance.internal.domain.Network;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.ListCrudRepository;

/** Networks, with their territories, members and links, written through Spring Data JDBC. */
interface NetworkRepository extends ListCrudRepository<Network, Long> {

    /** The network moved as {@code move} says and saved; a change saved by someone else meanwhile is refused. */
    default void change(long id, Consumer<Network> move) {
        Network n = findById(id).orElseThrow();
        move.accept(n);
        try {
            save(n);
        } catch (OptimisticLockingFailureException e) {
            throw Network.stale();
        }
    }
}
