package org.minga.platform;

import java.util.function.Supplier;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What every aggregate saved by a Spring Data JDBC repository has: the identity the database gives it (column
 * {@code id}) and the version optimistic locking checks (column {@code version}: a change is made against the version
 * that was read, or refused). Only Spring Data's mapping annotations, as the aggregates' rule asks.
 *
 * @param <T> the aggregate, so that its {@link #id()} is an {@code Identity<T>}
 */
public abstract class Aggregate<T> {

    @Id
    private Long id;
    @Version
    private Integer version;

    /** Its typed identity; null before the first save. */
    public Identity<T> id() {
        return id == null ? null : new Identity<>(id);
    }

    /** The version this aggregate was read at (0 before its first save). */
    public int version() {
        return version == null ? 0 : version;
    }

    /** The database's identity (after the first save). */
    protected long identity() {
        return id;
    }

    /**
     * Takes an identity drawn from the table's sequence before the first save (so the aggregate can name itself by
     * it), or the one a hand-written insert returned.
     */
    protected void identify(Identity<T> drawn) {
        this.id = drawn.value();
    }

    /** Text as an aggregate stores it: stripped, and null when blank. */
    protected static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Refuses a change made against another version than the stored one. */
    protected void requireVersion(int readVersion, Supplier<? extends RuntimeException> stale) {
        if (readVersion != version()) {
            throw stale.get();
        }
    }
}
