package org.minga.platform;

/**
 * The identity of an aggregate of type {@code T}: a positive number the database gives it. One type serves every
 * aggregate, typed by it, so an {@code Identity<Body>} is not taken where an {@code Identity<Session>} is expected.
 * The aggregate keeps its plain {@code @Id Long} column and answers {@code id()} with an {@code Identity}, so Spring
 * Data JDBC needs no converter.
 *
 * @param <T> the aggregate this is the identity of
 */
public record Identity<T> (long value) {

    public Identity {
        if (value <= 0) {
            throw new IllegalArgumentException("An id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
