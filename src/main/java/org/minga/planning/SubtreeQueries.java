package org.minga.planning;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

    private static final Pattern FROM = Pattern.compile("(?<!:):from\\b");
    private static final Pattern TO = Pattern.compile("(?<!:):to\\b");

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
                    put(out, rs.getString(1), rs.getObject(2));
                    return null;
                }).list();
        fill(out, paths, share);
        return out;
    }

    /**
     * The same query for several periods in one round trip, one map per period in their order: the query runs once
     * per period as a lateral subquery of the periods' list, its {@code :from} and {@code :to} standing for that
     * period's dates. What {@link #run} answers for each period, without a query (and a pooled connection) each.
     */
    public List<Map<String, Double>> runByPeriod(String sql, long jurisdictionId, Collection<String> paths,
            List<IndicatorSource.Span> periods, boolean share) {
        List<Map<String, Double>> out = new ArrayList<>();
        periods.forEach(p -> out.add(new LinkedHashMap<>()));
        if (!paths.isEmpty() && !periods.isEmpty()) {
            String each = TO.matcher(FROM.matcher(sql).replaceAll("period.from_day")).replaceAll("period.to_day");
            jdbc.sql("""
                    select period.k, q.* from unnest(cast(:froms as date[]), cast(:tos as date[]))
                                               with ordinality as period(from_day, to_day, k)
                     cross join lateral (%s) q""".formatted(each))
                    .param("j", jurisdictionId).param("paths", paths.toArray(String[]::new))
                    .param("froms", periods.stream().map(p -> Date.valueOf(p.from())).toArray(Date[]::new))
                    .param("tos", periods.stream().map(p -> Date.valueOf(p.to())).toArray(Date[]::new))
                    .query((rs, n) -> {
                        put(out.get(rs.getInt(1) - 1), rs.getString(2), rs.getObject(3));
                        return null;
                    }).list();
        }
        out.forEach(m -> fill(m, paths, share));
        return out;
    }

    private static void put(Map<String, Double> out, String path, Object value) {
        if (value != null) {
            out.put(path, ((Number) value).doubleValue());
        }
    }

    private static void fill(Map<String, Double> out, Collection<String> paths, boolean share) {
        if (!share) {
            for (String p : paths) {
                out.putIfAbsent(p, 0d);
            }
        }
    }
}
