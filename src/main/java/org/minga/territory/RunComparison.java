package org.minga.territory;

import java.math.BigDecimal;
import java.util.List;

/**
 * Saved runs of the same index method side by side ("antes y después"): per territory its score and rank in each
 * run, the change from the first year to the last, and the variables that moved it. The same method means the same
 * jurisdiction, level, normalisation and variables with the same weights and directions; only the year differs.
 *
 * <p>A variable's part of a score is 100 × wᵢ·nᵢ / Σw, so the score change is the sum of the parts' changes; the
 * variables that moved a territory are those whose part changed, largest first. Normalised values are relative to
 * the territories of each run, so a part may move because the others moved.
 */
public record RunComparison(List<Column> runs, List<Row> rows, List<String> notes) {

    /** One compared run, in year order. */
    public record Column(long runId, String name, int year) {
    }

    /** A territory's place in one run; rank and score are null when it was not scored ("sin datos"). */
    public record Cell(Integer rank, BigDecimal score) {
    }

    /** How one variable's part of the score changed, in score points, from the first run to the last. */
    public record Mover(String code, String name, BigDecimal before, BigDecimal after, BigDecimal points) {
    }

    /**
     * A territory across the runs: {@code scoreChange} is last minus first, {@code rankChange} is first rank minus
     * last rank (positive = it climbed towards rank 1, more priority); both null unless scored in the first and
     * last runs.
     */
    public record Row(long territoryId, String code, String name, List<Cell> cells, BigDecimal scoreChange,
            Integer rankChange, List<Mover> movers) {
    }

    public RunComparison {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
