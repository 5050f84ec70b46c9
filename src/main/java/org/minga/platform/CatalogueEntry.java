package org.minga.platform;

/**
 * An aggregate of one jurisdiction's catalogue that people, pages and imports find by its code: a service of the
 * offer, a capacity, a training programme or team, a body or its type, a network, a plan, a campaign... Its code is
 * unique within the jurisdiction (each table's key says so) and its name is what a person reads. The three columns
 * ({@code jurisdiction_id}, {@code code}, {@code name}) are mapped here once; the aggregate checks their words where
 * it is created or changed, in its own language, and sets them through {@link #catalogue}.
 *
 * @param <T> the aggregate, so that its {@link #id()} is an {@code Identity<T>}
 */
public abstract class CatalogueEntry<T> extends Aggregate<T> {

    private long jurisdictionId;
    private String code;
    private String name;

    /** Sets where the entry belongs, its code and its name, stripped (the aggregate has checked them). */
    protected void catalogue(long jurisdictionId, String code, String name) {
        this.jurisdictionId = jurisdictionId;
        this.code = code == null ? null : code.strip();
        this.name = name == null ? null : name.strip();
    }

    /** The jurisdiction whose catalogue this entry is in. */
    public long jurisdictionId() {
        return jurisdictionId;
    }

    /** The code, unique within the jurisdiction. */
    public String code() {
        return code;
    }

    /** The name a person reads. */
    public String name() {
        return name;
    }
}
