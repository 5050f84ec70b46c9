package org.minga.territory;

import java.util.Map;

/** The latest saved prioritisation run of a level, for modules that choose where to act (service fairs). */
public interface PrioritizationIndex {

    /**
     * The ranking of each territory of level {@code levelCode} in the jurisdiction's latest saved run of that
     * level, keyed by territory id; empty when no run exists.
     */
    Map<Long, Ranking> latest(long jurisdictionId, String levelCode);

    /**
     * The ranking of each territory in the jurisdiction's latest saved run of any level (the current index, for the
     * figures of what reaches priority territories), keyed by territory id; empty when no run exists.
     */
    Map<Long, Ranking> latest(long jurisdictionId);

    /** {@code rank} null when the territory had no data in the run. */
    record Ranking(long territoryId, Integer rank, Double score, String runName, int year) {
    }
}
