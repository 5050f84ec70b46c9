package org.minga.participation.internal;

import java.util.Map;

/** Small helpers for the read models' hand-written filters. */
final class Sql {

    private Sql() {
    }

    /** Appends {@code and <condition>} with its parameter, unless the value is null. */
    static void and(StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
