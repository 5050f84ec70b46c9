package org.minga.actor.internal.domain;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What every record of the actor module's registry has: the database's id, a version for optimistic locking, the
 * jurisdiction it belongs to, a code unique in it, a name, and when it last changed. Subclasses add their own
 * description; only mapping annotations here.
 */
public abstract class Registered {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long jurisdictionId;
    private String code;
    private String name;
    private Instant updatedAt;

    protected Registered() {
    }

    protected Registered(long jurisdictionId) {
        this.jurisdictionId = jurisdictionId;
    }

    /** Takes a new code and name (stripped), as of {@code now}. */
    protected void named(String code, String name, Instant now) {
        this.code = code.strip();
        this.name = name.strip();
        this.updatedAt = now;
    }

    protected long idValue() {
        return id;
    }

    /** Refuses an id that is not positive (the database's ids start at 1). */
    static void requirePositive(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("An id is positive: " + id);
        }
    }

    /** Null for blank text, else the text stripped. */
    protected static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
