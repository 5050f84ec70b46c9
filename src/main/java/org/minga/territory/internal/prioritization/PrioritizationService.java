package org.minga.territory.internal.prioritization;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.minga.territory.internal.variable.Decimals;
import org.minga.territory.internal.variable.Direction;
import org.minga.territory.internal.variable.LevelView;
import org.minga.territory.internal.variable.SocialVariable;
import org.minga.territory.internal.variable.VariableCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the prioritisation for a user, saves each run immutably, and reads saved runs within the user's scope. */
@Service
public class PrioritizationService {

    static final String ENTITY = "prioritization_run";
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final VariableCatalog catalog;
    private final AuditLog audit;

    PrioritizationService(JdbcClient jdbc, ObjectMapper json, Jurisdictions jurisdictions, Territories territories,
            VariableCatalog catalog, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** Read-only users and practice evaluators look at rankings; the other roles may run one. */
    public static boolean canRun(CurrentUser user) {
        return AccessPolicy.holds(user.role(), Capability.MANAGE_TERRITORY);
    }

    /** The jurisdiction named by code, or the user's own when the code is blank. */
    public Jurisdiction jurisdictionFor(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    @Transactional
    public RunView run(RunRequest request, CurrentUser user) {
        if (!canRun(user)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") puede consultar priorizaciones, "
                    + "pero no ejecutarlas.");
        }
        Jurisdiction j = jurisdictionFor(request.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();

        LevelView level = null;
        if (request.level() == null || request.level().isBlank()) {
            errors.add(new FieldError("level", "Indique el nivel territorial que quiere priorizar."));
        } else {
            List<LevelView> levels = catalog.levels(j.id());
            level = levels.stream().filter(l -> l.code().equals(request.level().strip())).findFirst().orElse(null);
            if (level == null) {
                errors.add(new FieldError("level", "El nivel '" + request.level() + "' no existe en " + j.name()
                        + (levels.isEmpty() ? "." : ". Niveles: "
                                + String.join(", ", levels.stream().map(LevelView::code).toList()) + ".")));
            }
        }
        if (request.year() == null) {
            errors.add(new FieldError("year", "Indique el año de los datos."));
        } else if (request.year() < 1900 || request.year() > 2100) {
            errors.add(new FieldError("year", "El año debe estar entre 1900 y 2100."));
        }
        if (request.name() != null && request.name().strip().length() > 200) {
            errors.add(new FieldError("name", "El nombre admite máximo 200 caracteres."));
        }
        Map<String, SocialVariable> available = catalog.byCode(j.id());
        List<PrioritizationEngine.Criterion> criteria = new ArrayList<>();
        List<SocialVariable> chosen = new ArrayList<>();
        List<RunRequest.VariableChoice> choices = request.variables() == null ? List.of() : request.variables();
        if (choices.isEmpty()) {
            errors.add(new FieldError("variables", "Elija al menos una variable."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            RunRequest.VariableChoice c = choices.get(i);
            String field = "variables[" + i + "]";
            if (c == null || c.code() == null || c.code().isBlank()) {
                errors.add(new FieldError(field + ".code", "Indique el código de la variable."));
                continue;
            }
            SocialVariable v = available.get(c.code().strip());
            if (v == null) {
                errors.add(new FieldError(field + ".code", "La variable '" + c.code() + "' no está en el catálogo de "
                        + j.name() + "."));
                continue;
            }
            if (!seen.add(v.code())) {
                errors.add(new FieldError(field + ".code", "La variable «" + v.name() + "» está repetida."));
                continue;
            }
            boolean ok = true;
            if (c.weight() == null) {
                errors.add(new FieldError(field + ".weight", "Indique el peso de «" + v.name() + "»."));
                ok = false;
            } else if (c.weight().signum() <= 0 || c.weight().compareTo(MAX_WEIGHT) > 0) {
                errors.add(new FieldError(field + ".weight", "El peso de «" + v.name()
                        + "» debe ser un número mayor que 0 (y no mayor que 1.000.000)."));
                ok = false;
            }
            Direction direction = v.direction();
            if (c.direction() != null && !c.direction().isBlank()) {
                Optional<Direction> parsed = Direction.parse(c.direction());
                if (parsed.isEmpty()) {
                    errors.add(new FieldError(field + ".direction", "La dirección de «" + v.name()
                            + "» debe ser HIGHER_IS_WORSE (mayor es peor) o HIGHER_IS_BETTER (mayor es mejor)."));
                    ok = false;
                } else {
                    direction = parsed.get();
                }
            }
            if (ok) {
                criteria.add(new PrioritizationEngine.Criterion(v.code(), v.name(), Decimals.plain(c.weight()),
                        direction));
                chosen.add(v);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }

        AccessScope scope = territories.scopeOf(user).includesJurisdiction(j.id())
                ? territories.scopeOf(user) : AccessScope.NOTHING;
        List<TerritoryView> candidates = territories.ofLevel(j.id(), level.code(), scope);
        if (candidates.isEmpty()) {
            throw new ValidationException("level", "No hay territorios del nivel «" + level.name()
                    + "» en su alcance territorial.");
        }
        Map<Long, Map<String, BigDecimal>> values = catalog.valuesOf(chosen, request.year(),
                candidates.stream().map(TerritoryView::id).toList());
        List<PrioritizationEngine.Candidate> input = candidates.stream()
                .map(t -> new PrioritizationEngine.Candidate(t.id(), t.code(), t.name(),
                        values.getOrDefault(t.id(), Map.of())))
                .toList();
        PrioritizationEngine.Ranking ranking = PrioritizationEngine.rank(input, criteria);

        List<String> notes = new ArrayList<>(ranking.notes());
        if (ranking.ranked().isEmpty()) {
            notes.add("Ningún territorio tiene datos de todas las variables elegidas para " + request.year()
                    + ": no hay ranking. Cargue los valores faltantes e intente de nuevo.");
        } else if (!ranking.unscored().isEmpty()) {
            notes.add(ranking.unscored().size() + " territorio(s) sin datos completos para " + request.year()
                    + " no se puntuaron; se listan aparte como «sin datos».");
        }

        String scopeLabel = !scope.narrowed() ? "Toda la jurisdicción (" + j.name() + ")"
                : user.territoryId() == null ? "Su territorio"
                        : territories.byId(user.territoryId()).map(TerritoryView::label).orElse("Su territorio");
        List<RunInputs.Variable> usedVariables = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            SocialVariable v = chosen.get(i);
            PrioritizationEngine.Criterion c = criteria.get(i);
            PrioritizationEngine.Range r = ranking.ranges().get(v.code());
            usedVariables.add(new RunInputs.Variable(v.code(), v.name(), v.unit(), v.source(), c.weight(),
                    c.direction().name(), v.direction().name(), r == null ? null : r.min(),
                    r == null ? null : r.max()));
        }
        List<RunInputs.TerritoryValues> usedValues = input.stream()
                .map(t -> new RunInputs.TerritoryValues(t.territoryId(), t.code(), t.name(),
                        sorted(t.values(), criteria)))
                .toList();
        RunInputs inputs = new RunInputs(j.code(), j.name(), level.code(), level.name(), request.year(), scopeLabel,
                PrioritizationEngine.METHOD, usedVariables, usedValues);
        String name = request.name() == null || request.name().isBlank()
                ? "Priorización " + level.name().toLowerCase() + " " + request.year()
                : request.name().strip();

        long runId = jdbc.sql("""
                insert into prioritization_run (jurisdiction_id, name, level_code, level_name, year, scope_path,
                  scope_label, created_by_id, created_by, created_by_name, scored_count, unscored_count, inputs, notes)
                values (:j, :name, :lc, :ln, :y, :sp, :sl, :uid, :u, :un, :sc, :uc, cast(:inputs as jsonb),
                  cast(:notes as jsonb))
                returning id""")
                .param("j", j.id()).param("name", name).param("lc", level.code()).param("ln", level.name())
                .param("y", request.year()).param("sp", scope.subtreePath())
                .param("sl", scopeLabel).param("uid", user.id() > 0 ? user.id() : null).param("u", user.username())
                .param("un", user.fullName()).param("sc", ranking.ranked().size())
                .param("uc", ranking.unscored().size()).param("inputs", write(inputs)).param("notes", write(notes))
                .query(Long.class).single();
        int position = 0;
        for (PrioritizationEngine.Scored s : ranking.ranked()) {
            insertResult(runId, ++position, s.territoryId(), s.code(), s.name(), s.rank(), s.score(), s.normalized(),
                    List.of());
        }
        for (PrioritizationEngine.Unscored u : ranking.unscored()) {
            insertResult(runId, ++position, u.territoryId(), u.code(), u.name(), null, null, Map.of(), u.missing());
        }
        RunView run = require(runId, user);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("level", level.code());
        summary.put("year", request.year());
        summary.put("variables", usedVariables.stream().map(v -> v.code() + "×" + v.weight().toPlainString()
                + (v.direction().equals(v.defaultDirection()) ? "" : " (" + v.direction() + ")")).toList());
        summary.put("scored", ranking.ranked().size());
        summary.put("unscored", ranking.unscored().size());
        audit.record("RUN", ENTITY, runId, j.id(), "Priorización «" + name + "» ejecutada", null, summary);
        return run;
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

    private static Map<String, BigDecimal> sorted(Map<String, BigDecimal> values,
            List<PrioritizationEngine.Criterion> criteria) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (PrioritizationEngine.Criterion c : criteria) {
            if (values.get(c.code()) != null) {
                m.put(c.code(), values.get(c.code()));
            }
        }
        return m;
    }

    /** A run the user may see: of a jurisdiction in their scope, ranking territories inside their subtree. */
    public RunView require(long id, CurrentUser user) {
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
    public PageResult<RunSummary> list(Long jurisdictionId, CurrentUser user, PageRequest page) {
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

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored prioritisation is not readable", e);
        }
    }
}
