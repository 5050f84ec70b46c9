package org.minga.territory;

import java.util.Optional;

/**
 * Summaries of territory's own records that other modules link to (a practice's evidence): a saved prioritisation
 * run and a social variable of a jurisdiction, with the figures a reader of the link wants to see.
 */
public interface TerritoryRecords {

    /** The saved run {@code runId} of the jurisdiction; empty when it does not exist there. */
    Optional<RunSummary> run(long jurisdictionId, long runId);

    /** The jurisdiction's first saved run (the lowest id), if any. */
    Optional<Long> firstRunId(long jurisdictionId);

    /** The social variable of the jurisdiction whose code, or id as text, is {@code codeOrId}. */
    Optional<VariableSummary> variable(long jurisdictionId, String codeOrId);

    /** {@code firstPlace} is the name of the territory ranked first, null when none had data. */
    record RunSummary(long id, String name, int year, String levelName, int scoredCount, String firstPlace) {
    }

    /** {@code lastYear} is null when the variable has no value yet. */
    record VariableSummary(long id, String name, String unit, Integer lastYear, long valuesCount) {
    }
}
