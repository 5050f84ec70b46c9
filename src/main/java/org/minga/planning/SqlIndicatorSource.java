package org.minga.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An {@link IndicatorSource} answered by one SQL query over the owning module's own tables (see
 * {@link SubtreeQueries} for the parameters and the index-friendly subtree predicate). Owning modules declare
 * these as beans in their internal packages; planning and the situation room never see the SQL's tables.
 */
public record SqlIndicatorSource(SubtreeQueries queries, String key, String label, String definition, String unit,
        IndicatorDirection direction, boolean flow, boolean share, String sql) implements IndicatorSource {

    @Override
    public Map<String, Double> values(long jurisdictionId, Collection<String> territoryPaths, LocalDate from,
            LocalDate to) {
        return queries.run(sql, jurisdictionId, territoryPaths, from, to, share);
    }

    /** Every period in one query (see {@link SubtreeQueries#runByPeriod}). */
    @Override
    public List<Map<String, Double>> series(long jurisdictionId, Collection<String> territoryPaths,
            List<Span> periods) {
        return queries.runByPeriod(sql, jurisdictionId, territoryPaths, periods, share);
    }
}
