package org.minga.governance.internal.domain;

import java.util.function.Supplier;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What every governance aggregate has: the identity the database gives it and the version optimistic locking checks
 * (a change is made against the version that was read, or refused).
 */
public abstract class Aggregate {

    @Id
    private Long id;
    @Version
    private Integer version;

    /** The database's identity (after the first save). */
    protected long identity() {
        return id;
    }

    /** The version this aggregate was read at (0 before its first save). */
    public int version() {
        return version == null ? 0 : version;
    }

    /** Refuses a change made against another version than the stored one. */
    protected void requireVersion(int readVersion, Supplier<? extends RuntimeException> stale) {
        if (readVersion != version()) {
            throw stale.get();
        }
    }

    /** Text as stored: stripped, and null when blank. */
    protected static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
