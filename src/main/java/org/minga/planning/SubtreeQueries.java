package org.minga.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Helps an {@link IndicatorSource} answer for many territory subtrees in one round trip. The query receives
 * {@code :j} (jurisdiction), {@code :paths} (a text array), {@code :from}, {@code :to}; it lists the paths with
 * {@code from unnest(cast(:paths as text[])) as p(path)} and must answer two columns: the path and the value.
 * To stay on the (jurisdiction, territory path) indexes with a per-row prefix, use the range
 * {@code x.territory_path ~>=~ p.path and x.territory_path ~<~ (p.path || '~')} (the same as {@code like p.path || '%'}
 * for materialised paths of digits and slashes, but usable by a {@code varchar_pattern_ops} index).
 */
public record SubtreeQueries(JdbcClient jdbc) {

    /** Runs the query; paths it does not answer map to zero unless {@code share} (a share with no denominator is absent). */
    public Map<String, Double> run(String sql, long jurisdictionId, Collection<String> paths,
            LocalDate from, LocalDate to, boolean share) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        jdbc.sql(sql).param("j", jurisdictionId).param("paths", paths.toArray(String[]::new))
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    Object v = rs.getObject(2);
                    if (v != null) {
                        out.put(rs.getString(1), ((Number) v).doubleValue());
                    }
                    return null;
                }).list();
        if (!share) {
            for (String p : paths) {
                out.putIfAbsent(p, 0d);
            }
        }
        return out;
    }
}
