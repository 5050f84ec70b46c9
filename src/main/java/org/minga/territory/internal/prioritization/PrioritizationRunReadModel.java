package org.minga.territory.internal.prioritization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;

import org.minga.platform.AccessScope;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Saved prioritisation runs as people read them, within the user's scope: one run with its results, or a page. */
@Component
record PrioritizationRunReadModel(JdbcClient jdbc, ObjectMapper json, Territories territories) {

    /** A run the user may see: of a jurisdiction in their scope, ranking territories inside their subtree. */
    RunView require(long id, CurrentUser user) {
        AccessScope scope = territories.scopeOf(user);
        RunView run = jdbc.sql("""
                select r.*, j.time_zone from prioritization_run r join jurisdiction j on j.id = r.jurisdiction_id
                where r.id = :id""").param("id", id)
                .query(this::mapRun).optional()
                .filter(r -> scope.includesJurisdiction(r.jurisdictionId()))
                .map(this::withResults)
                .orElseThrow(() -> new NotFoundException("No existe la priorización " + id + "."));
        String scopePath = jdbc.sql("select scope_path from prioritization_run where id = :id").param("id", id)
                .query(String.class).single();
        // a run over a whole jurisdiction has the path "/": only a user who reaches the whole jurisdiction sees it
        if (!scope.includes(run.jurisdictionId(), scopePath)) {
            throw new NotFoundException("No existe la priorización " + id + ".");
        }
        return run;
    }

    /** Runs the user may see, newest first; {@code jurisdictionId} null lists every jurisdiction in scope. */
    PageResult<RunSummary> list(Long jurisdictionId, CurrentUser user, PageRequest page) {
        AccessScope scope = territories.scopeOf(user);
        if (jurisdictionId != null && !scope.includesJurisdiction(jurisdictionId)) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        Long j = jurisdictionId != null ? jurisdictionId : scope.jurisdictionId();
        String where = """
                from prioritization_run r join jurisdiction j on j.id = r.jurisdiction_id
                where (cast(:j as bigint) is null or r.jurisdiction_id = :j) and r.scope_path like :prefix
                """;
        long total = jdbc.sql("select count(*) " + where).param("j", j).param("prefix", scope.likePattern())
                .query(Long.class).single();
        List<RunSummary> items = jdbc.sql("""
                select r.id, r.name, r.level_name, r.year, r.scope_label, r.created_by_name, r.created_at,
                  j.time_zone, r.scored_count, r.unscored_count
                """ + where + " order by r.created_at desc, r.id desc limit :limit offset :offset")
                .param("j", j).param("prefix", scope.likePattern()).param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new RunSummary(rs.getLong("id"), rs.getString("name"), rs.getString("level_name"),
                        rs.getInt("year"), rs.getString("scope_label"), rs.getString("created_by_name"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getString("time_zone"),
                        rs.getInt("scored_count"),
                        rs.getInt("unscored_count")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** A run's own row; its results are read by {@link #withResults} once this row's result set is closed. */
    private RunView mapRun(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<RunView.Result> results = List.of();
        return new RunView(id, rs.getLong("jurisdiction_id"), rs.getString("name"), rs.getString("level_code"),
                rs.getString("level_name"), rs.getInt("year"), rs.getString("scope_label"), rs.getString("created_by"),
                rs.getString("created_by_name"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("time_zone"), rs.getInt("scored_count"), rs.getInt("unscored_count"),
                read(rs.getString("inputs"), new TypeReference<RunInputs>() {
                }),
                read(rs.getString("notes"), new TypeReference<List<String>>() {
                }),
                results);
    }

    private RunView withResults(RunView run) {
        long id = run.id();
        List<RunView.Result> results = jdbc.sql("""
                select territory_id, territory_code, territory_name, rank, score, normalized_values, missing,
                  missing_variables
                from prioritization_result where run_id = :r order by position""")
                .param("r", id)
                .query((r, i) -> new RunView.Result(r.getLong("territory_id"), r.getString("territory_code"),
                        r.getString("territory_name"), (Integer) r.getObject("rank"), r.getBigDecimal("score"),
                        read(r.getString("normalized_values"), new TypeReference<LinkedHashMap<String, BigDecimal>>() {
                        }),
                        r.getBoolean("missing"),
                        read(r.getString("missing_variables"), new TypeReference<List<String>>() {
                        })))
                .list();
        return new RunView(run.id(), run.jurisdictionId(), run.name(), run.levelCode(), run.levelName(), run.year(),
                run.scopeLabel(), run.createdBy(), run.createdByName(), run.createdAt(), run.timeZone(),
                run.scoredCount(),
                run.unscoredCount(), run.inputs(), run.notes(), results);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored prioritisation is not readable", e);
        }
    }
}
