package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A saved run: who, when, its inputs, notes and the ranking followed by the territories without data. */
public record RunView(long id, long jurisdictionId, String name, String levelCode, String levelName, int year,
                      String scopeLabel, String createdBy, String createdByName, OffsetDateTime createdAt,
                      int scoredCount, int unscoredCount, RunInputs inputs, List<String> notes,
                      List<Result> results) {

    /** One territory of the run: ranked with its score and normalised values, or missing with what it lacks. */
    public record Result(long territoryId, String code, String name, Integer rank, BigDecimal score,
                         Map<String, BigDecimal> normalized, boolean missing, List<String> missingVariables) {
    }

    public List<Result> ranked() {
        return results.stream().filter(r -> !r.missing()).toList();
    }

    public List<Result> withoutData() {
        return results.stream().filter(Result::missing).toList();
    }
}
