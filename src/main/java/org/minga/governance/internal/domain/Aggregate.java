package org.minga.governance.internal.domain;

/**
 * What every governance aggregate has: the platform's {@link org.minga.platform.Aggregate} (identity and version),
 * and text stored the same way.
 *
 * @param <T> the aggregate
 */
public abstract class Aggregate<T> extends org.minga.platform.Aggregate<T> {

    /** Text as stored: stripped, and null when blank. */
    protected static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
