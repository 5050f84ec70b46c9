package org.minga.territory.internal.prioritization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.minga.platform.AccessScope;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Saves a prioritisation run once, with its ranked and unscored territories: runs are immutable evidence. */
@Component
record PrioritizationRunRepository(JdbcClient jdbc, ObjectMapper json) {

    /** Stores the run and its results in ranking order; returns the run's id. */
    long save(Prioritization run, CurrentUser user) {
        Jurisdiction j = run.jurisdiction();
        RunInputs inputs = run.inputs();
        AccessScope scope = run.scope();
        PrioritizationEngine.Ranking ranking = run.ranking();
        long runId = jdbc.sql("""
                insert into prioritization_run (jurisdiction_id, name, level_code, level_name, year, scope_path,
                  scope_label, created_by_id, created_by, created_by_name, scored_count, unscored_count, inputs, notes)
                values (:j, :name, :lc, :ln, :y, :sp, :sl, :uid, :u, :un, :sc, :uc, cast(:inputs as jsonb),
                  cast(:notes as jsonb))
                returning id""")
                .param("j", j.id()).param("name", run.name()).param("lc", inputs.levelCode())
                .param("ln", inputs.levelName())
                .param("y", inputs.year()).param("sp", scope.subtreePath())
                .param("sl", inputs.scopeLabel()).param("uid", user.id() > 0 ? user.id() : null)
                .param("u", user.username())
                .param("un", user.fullName()).param("sc", ranking.ranked().size())
                .param("uc", ranking.unscored().size()).param("inputs", write(inputs))
                .param("notes", write(run.notes()))
                .query(Long.class).single();
        int position = 0;
        for (PrioritizationEngine.Scored s : ranking.ranked()) {
            insertResult(runId, ++position, s.territoryId(), s.code(), s.name(), s.rank(), s.score(), s.normalized(),
                    List.of());
        }
        for (PrioritizationEngine.Unscored u : ranking.unscored()) {
            insertResult(runId, ++position, u.territoryId(), u.code(), u.name(), null, null, Map.of(), u.missing());
        }
        return runId;
    }

    private void insertResult(long runId, int position, long territoryId, String code, String name, Integer rank,
            BigDecimal score, Map<String, BigDecimal> normalized, List<String> missing) {
        jdbc.sql("""
                insert into prioritization_result (run_id, territory_id, position, territory_code, territory_name,
                  rank, score, normalized_values, missing, missing_variables)
                values (:r, :t, :p, :c, :n, :rank, :score, cast(:norm as jsonb), :missing, cast(:mv as jsonb))""")
                .param("r", runId).param("t", territoryId).param("p", position).param("c", code).param("n", name)
                .param("rank", rank).param("score", score).param("norm", write(normalized))
                .param("missing", rank == null).param("mv", write(missing)).update();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
