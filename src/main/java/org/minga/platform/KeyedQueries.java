package org.minga.platform;

import java.util.Collection;
import java.util.LinkedHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batched look-ups a module answers others on its own tables (actors' or services' names, accounts' ids): one
 * query for all the keys of a list, never one a row.
 */
public final class KeyedQueries {

    private KeyedQueries() {
    }

    /**
     * The rows of {@code sql}, its first column the key and its second the value, with {@code :keys} bound to
     * {@code keys}, in the query's order; empty, and no query, for no keys.
     */
    public static <K, V> LinkedHashMap<K, V> byKeys(JdbcClient jdbc, String sql, Collection<?> keys, Class<K> key,
            Class<V> value) {
        LinkedHashMap<K, V> rows = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql(sql).param("keys", keys).query(rs -> {
                rows.put(rs.getObject(1, key), rs.getObject(2, value));
            });
        }
        return rows;
    }
}
