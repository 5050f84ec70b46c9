package org.minga.actor.internal;

import org.minga.actor.internal.domain.Actor;
import org.springframework.data.repository.CrudRepository;

/** Actors (with the territories where they act) written through Spring Data JDBC. */
interface ActorRepository extends CrudRepository<Actor, Long> {
}
