package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A saved run: who, when, its inputs, notes and the ranking followed by the territories without data. */
public record RunView(long id, long jurisdictionId, String name, String levelCode, String levelName, int year,
        String scopeLabel, String createdBy, String createdByName, OffsetDateTime createdAt, String timeZone,
        int scoredCount, int unscoredCount, RunInputs inputs, List<String> notes,
        List<Result> results) {

    /** One territory of the run: ranked with its score and normalised values, or missing with what it lacks. */
    public record Result(long territoryId, String code, String name, Integer rank, BigDecimal score,
            Map<String, BigDecimal> normalized, boolean missing, List<String> missingVariables) {
    }

    /** When it ran, on the jurisdiction's clock. */
    public java.time.LocalDateTime createdAtLocal() {
        return createdAt.atZoneSameInstant(java.time.ZoneId.of(timeZone)).toLocalDateTime();
    }

    public List<Result> ranked() {
        return results.stream().filter(r -> !r.missing()).toList();
    }

    /** The names of the variables a territory lacked, as they were called in the run. */
    public String missingNames(Result result) {
        return String.join(", ", result.missingVariables().stream()
                .map(code -> inputs.variables().stream().filter(v -> v.code().equals(code))
                        .map(RunInputs.Variable::name)
                        .findFirst().orElse(code))
                .toList());
    }

    public List<Result> withoutData() {
        return results.stream().filter(Result::missing).toList();
    }
}
