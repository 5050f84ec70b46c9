package org.minga.territory.internal.prioritization;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.IndexComparisons;
import org.minga.territory.RunComparison;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.minga.territory.internal.variable.LevelView;
import org.minga.territory.internal.variable.SocialVariable;
import org.minga.territory.internal.variable.VariableCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the prioritisation for a user, saves each run immutably, and reads saved runs within the user's scope. */
@Service
@RequiredArgsConstructor
public class PrioritizationService implements IndexComparisons {

    static final String ENTITY = "prioritization_run";

    private final PrioritizationRunRepository runs;
    private final PrioritizationRunReadModel readModel;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final VariableCatalog catalog;
    private final AuditLog audit;

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
        RunCriteria chosen = RunCriteria.of(request, j, catalog.levels(j.id()), catalog.byCode(j.id()));
        LevelView level = chosen.level();
        AccessScope scope = territories.scopeOf(user).includesJurisdiction(j.id())
                ? territories.scopeOf(user) : AccessScope.NOTHING;
        List<TerritoryView> candidates = territories.ofLevel(j.id(), level.code(), scope);
        if (candidates.isEmpty()) {
            throw new ValidationException("level", "No hay territorios del nivel «" + level.name()
                    + "» en su alcance territorial.");
        }
        Map<Long, Map<String, BigDecimal>> values = catalog.valuesOf(chosen.variables(), chosen.year(),
                candidates.stream().map(TerritoryView::id).toList());
        List<PrioritizationEngine.Candidate> input = candidates.stream()
                .map(t -> new PrioritizationEngine.Candidate(t.id(), t.code(), t.name(),
                        values.getOrDefault(t.id(), Map.of())))
                .toList();
        PrioritizationEngine.Ranking ranking = PrioritizationEngine.rank(input, chosen.criteria());
        RunInputs inputs = inputs(j, chosen, scopeLabel(j, scope, user), input, ranking);
        Prioritization made = Prioritization.of(j, request.name(), scope, inputs, ranking);
        String name = made.name();
        long runId = runs.save(made, user);
        RunView run = require(runId, user);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("level", level.code());
        summary.put("year", chosen.year());
        summary.put("variables", inputs.variables().stream().map(v -> v.code() + "×" + v.weight().toPlainString()
                + (v.direction().equals(v.defaultDirection()) ? "" : " (" + v.direction() + ")")).toList());
        summary.put("scored", ranking.ranked().size());
        summary.put("unscored", ranking.unscored().size());
        audit.record("RUN", ENTITY, runId, j.id(), "Priorización «" + name + "» ejecutada", null, summary);
        return run;
    }

    private String scopeLabel(Jurisdiction j, AccessScope scope, CurrentUser user) {
        return !scope.narrowed() ? "Toda la jurisdicción (" + j.name() + ")"
                : user.territoryId() == null ? "Su territorio"
                        : territories.byId(user.territoryId()).map(TerritoryView::label).orElse("Su territorio");
    }

    /** What the run used, kept with it: the variables with their weights and ranges, and every value crossed. */
    private static RunInputs inputs(Jurisdiction j, RunCriteria chosen, String scopeLabel,
            List<PrioritizationEngine.Candidate> input, PrioritizationEngine.Ranking ranking) {
        List<PrioritizationEngine.Criterion> criteria = chosen.criteria();
        List<RunInputs.Variable> usedVariables = new ArrayList<>();
        for (int i = 0; i < chosen.variables().size(); i++) {
            SocialVariable v = chosen.variables().get(i);
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
        return new RunInputs(j.code(), j.name(), chosen.level().code(), chosen.level().name(), chosen.year(),
                scopeLabel, PrioritizationEngine.METHOD, usedVariables, usedValues);
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
        return readModel.require(id, user);
    }

    /** Saved runs of the same method side by side, each one a run the user may see; repeated ids count once. */
    @Override
    public RunComparison compare(List<Long> runIds, CurrentUser user) {
        List<Long> ids = runIds == null ? List.of() : runIds.stream().distinct().toList();
        if (ids.size() > RunComparisons.MAX_RUNS) {
            throw new ValidationException("runs", "Se comparan máximo " + RunComparisons.MAX_RUNS
                    + " priorizaciones a la vez.");
        }
        return RunComparisons.of(ids.stream().map(id -> require(id, user)).toList());
    }

    /** Runs the user may see, newest first; {@code jurisdictionId} null lists every jurisdiction in scope. */
    public PageResult<RunSummary> list(Long jurisdictionId, CurrentUser user, PageRequest page) {
        return readModel.list(jurisdictionId, user, page);
    }
}
