package org.minga.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link LinkTargets} answered by one SQL query over the owning module's own tables (written in the owner's package).
 * The query receives {@code :j} (the jurisdiction, null for all), {@code :scope} (a territory path pattern for
 * {@code like}) and {@code :id} (one record, or null for all), and answers id, jurisdiction_id, territory_path,
 * title, detail, newest first (without a limit: at most 2,000 are compared); the words typed are compared here (the records a kind offers are hundreds, not
 * millions). {@code href} is the page with {@code {id}} in it (or {@code {page}}, put from a {@code page} column the query answers, when the record's page is another's); {@code outcomes}, when given, tells what came out of
 * a record; {@code details}, when given, ends each detail with a name another module owns ({@link #withDetails}).
 */
public record LinkTargetQueries(JdbcClient jdbc, String kind, String label, String href, String sql,
        Outcomes outcomes, Details details) implements LinkTargets {

    /** Records that tell nothing of what came out of them. */
    public LinkTargetQueries(JdbcClient jdbc, String kind, String label, String href, String sql) {
        this(jdbc, kind, label, href, sql, null, null);
    }

    /** Records whose outcomes their owner tells. */
    public LinkTargetQueries(JdbcClient jdbc, String kind, String label, String href, String sql,
            Outcomes outcomes) {
        this(jdbc, kind, label, href, sql, outcomes, null);
    }

    /**
     * The same records, each detail followed by " · " and the name {@code details} gives for the {@code detail_key}
     * column the query answers (a service's provider's name, which the actor module owns): asked once for all the
     * rows, before they are compared with what was typed.
     */
    public LinkTargetQueries withDetails(Details details) {
        return new LinkTargetQueries(jdbc, kind, label, href, sql, outcomes, details);
    }

    /** The names of the given keys, as their owner answers them in one call. */
    @FunctionalInterface
    public interface Details {
        Map<Long, String> of(Collection<Long> keys);
    }

    /** What came out of one record, answered by its owner. */
    @FunctionalInterface
    public interface Outcomes {
        Optional<Outcome> of(long jurisdictionId, long id);
    }

    @Override
    public Optional<Outcome> outcome(long jurisdictionId, long id) {
        return outcomes == null ? Optional.empty() : outcomes.of(jurisdictionId, id);
    }

    /** How many records of the scope are compared with what was typed. */
    static final int CANDIDATES = 2000;

    @Override
    public List<Target> find(String query, AccessScope scope, int limit) {
        if (scope.none() || query == null || query.isBlank()) {
            return List.of();
        }
        return run(scope.jurisdictionId(), scope.likePattern(), null).stream()
                .filter(t -> LinkTargets.matches(query, t.title() + " " + t.detail())).limit(limit).toList();
    }

    @Override
    public Optional<Target> byId(long jurisdictionId, long id) {
        return run(jurisdictionId, "%", id).stream().findFirst();
    }

    private List<Target> run(Long jurisdictionId, String scope, Long id) {
        List<Long> keys = new ArrayList<>();
        List<Target> rows = jdbc.sql(sql + " limit " + CANDIDATES).param("j", jurisdictionId).param("scope", scope)
                .param("id", id).query((rs, n) -> {
                    if (details != null) {
                        keys.add(rs.getLong("detail_key"));
                    }
                    return new Target(kind, rs.getLong("id"), rs.getLong("jurisdiction_id"),
                            rs.getString("territory_path"), rs.getString("title"), rs.getString("detail"),
                            href.replace("{id}", String.valueOf(rs.getLong("id")))
                                    .replace("{page}", hasPage(rs) ? rs.getString("page") : ""));
                })
                .list();
        if (details == null || rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> names = details.of(keys.stream().distinct().toList());
        List<Target> detailed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Target t = rows.get(i);
            String name = names.get(keys.get(i));
            detailed.add(name == null ? t : new Target(t.kind(), t.id(), t.jurisdictionId(), t.territoryPath(),
                    t.title(), t.detail() + " · " + name, t.href()));
        }
        return detailed;
    }

    /** Whether the query answers a {@code page} column, the id put for {@code {page}} in {@code href}. */
    private static boolean hasPage(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.ResultSetMetaData m = rs.getMetaData();
        for (int i = 1; i <= m.getColumnCount(); i++) {
            if (m.getColumnLabel(i).equalsIgnoreCase("page")) {
                return true;
            }
        }
        return false;
    }
}
