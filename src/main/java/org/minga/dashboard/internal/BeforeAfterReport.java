package org.minga.dashboard.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.territory.RunComparison;

/**
 * The before/after report of an index (issue 22): the runs of the same method compared per territory, with the
 * interventions that reached each territory between them (fairs, care routes, plan actions, demonstration
 * exercises, training) and the families' situation at the first run and at the last, all figures of the modules'
 * {@link org.minga.planning.IndicatorSource}s. {@code interventions} count from {@code from} to {@code after};
 * {@code situation} is a stock read at {@code before} and at {@code after}.
 */
public record BeforeAfterReport(RunComparison comparison, LocalDate from, LocalDate before, LocalDate after,
        List<Measure> interventions, List<Measure> situation, List<TerritoryRow> rows) {

    public BeforeAfterReport {
        interventions = List.copyOf(interventions);
        situation = List.copyOf(situation);
        rows = List.copyOf(rows);
    }

    /** A figure the report crosses, as its source names it. */
    public record Measure(String key, String label, String unit, String definition) {
    }

    /**
     * A territory: its index row, the interventions in {@code interventions} order, and the situation before and
     * after in {@code situation} order (a value is null where the figure has none).
     */
    public record TerritoryRow(RunComparison.Row index, List<Double> interventions, List<Double> before,
            List<Double> after) {
    }
}
