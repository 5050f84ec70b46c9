package org.minga.planning;

import java.util.List;

/**
 * A {@link PlannedWork} answered by one SQL query over the owning module's own tables, run by
 * {@link PlannedWorkQueries}: it receives {@code :j} (the jurisdiction) and answers id, title, date, detail.
 */
public record SqlPlannedWork(PlannedWorkQueries queries, String kind, String label, String sql)
        implements
            PlannedWork {

    @Override
    public List<WorkItem> works(long jurisdictionId) {
        return queries.run(sql, jurisdictionId);
    }
}
