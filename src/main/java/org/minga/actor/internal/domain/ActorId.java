package org.minga.actor.internal.domain;

/** The identity of an actor ({@link Actor}): a positive number the database gives it. */
public record ActorId(long value) {

    public ActorId {
        Registered.requirePositive(value);
    }
}
