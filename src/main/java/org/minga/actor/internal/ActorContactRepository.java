package org.minga.actor.internal;

import org.minga.actor.internal.domain.ActorContact;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** Contact people of actors, written through Spring Data JDBC. */
interface ActorContactRepository extends CrudRepository<ActorContact, Long> {

    /** Deletes a contact person of an actor; answers how many rows went (0 when it is not that actor's). */
    @Modifying
    @Query("delete from actor_contact where id = :id and actor_id = :actorId")
    int deleteOfActor(long id, long actorId);
}
