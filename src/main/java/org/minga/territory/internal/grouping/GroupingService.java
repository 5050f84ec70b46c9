package org.minga.territory.internal.grouping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryGroupView;
import org.minga.territory.TerritoryGroups;
import org.minga.territory.TerritoryView;
import org.minga.territory.internal.prioritization.PrioritizationService;
import org.minga.territory.internal.variable.LevelView;
import org.minga.territory.internal.variable.SocialVariable;
import org.minga.territory.internal.variable.VariableCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups a level's territories by shared needs for a user (within their scope), saves the clustering as evidence,
 * and reads saved clusterings and groups (for pages, the API and other modules through {@link TerritoryGroups}).
 */
@Service
@RequiredArgsConstructor
public class GroupingService implements TerritoryGroups {

    static final int MIN_GROUPS = 2;
    static final int MAX_GROUPS = 12;

    private final TerritoryClusteringRepository clusterings;
    private final TerritoryGroupReadModel readModel;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final VariableCatalog catalog;
    private final AuditLog audit;

    /** Makes and saves a clustering; bad input is a {@link ValidationException} naming the field. */
    @Transactional
    public ClusteringView cluster(ClusteringRequest request, CurrentUser user) {
        if (!PrioritizationService.canRun(user)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") puede consultar agrupaciones, "
                    + "pero no hacerlas.");
        }
        Jurisdiction j = jurisdictions.namedOrOwn(request.jurisdiction(), user);
        LevelView level = level(j, request.level());
        List<SocialVariable> variables = variables(j, request.variables());
        int year = year(j, request.year());
        int k = groups(request.groups());
        AccessScope scope = territories.scopeOf(user).includesJurisdiction(j.id()) ? territories.scopeOf(user)
                : AccessScope.NOTHING;
        List<TerritoryView> candidates = territories.ofLevel(j.id(), level.code(), scope);
        Map<Long, Map<String, BigDecimal>> values = catalog.valuesOf(variables, year,
                candidates.stream().map(TerritoryView::id).toList());
        List<ClusteringEngine.Candidate> input = candidates.stream().map(t -> new ClusteringEngine.Candidate(t.id(),
                t.code(), t.name(), values.getOrDefault(t.id(), Map.of()))).toList();
        long complete = input.stream().filter(c -> variables.stream().allMatch(v -> c.values().get(v.code()) != null))
                .count();
        if (complete < k) {
            throw new ValidationException("groups", "Solo " + complete + " territorio(s) del nivel «" + level.name()
                    + "» en su alcance tienen datos de todas las variables en " + year + ": no alcanzan para " + k
                    + " grupos.");
        }
        List<ClusteringEngine.Variable> used = variables.stream()
                .map(v -> new ClusteringEngine.Variable(v.code(), v.name(), v.unit())).toList();
        TerritoryClustering made = TerritoryClustering.of(j, request.name(), level.code(), level.name(), year, k, scope,
                used, ClusteringEngine.cluster(input, used, k));
        long id = clusterings.save(made, user);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("level", level.code());
        summary.put("year", year);
        summary.put("variables", used.stream().map(ClusteringEngine.Variable::code).toList());
        summary.put("groups", made.result().groups().size());
        summary.put("unassigned", made.result().unassigned().size());
        audit.record("RUN", "territory_clustering", id, j.id(), "Agrupación «" + made.name() + "» hecha", null,
                summary);
        return require(id, user);
    }

    private LevelView level(Jurisdiction j, String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationException("level", "Elija el nivel de los territorios que se agrupan.");
        }
        return catalog.levels(j.id()).stream().filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new ValidationException("level", "El nivel «" + code + "» no existe en "
                        + j.name() + "."));
    }

    private List<SocialVariable> variables(Jurisdiction j, List<String> codes) {
        if (codes == null || codes.stream().allMatch(c -> c == null || c.isBlank())) {
            throw new ValidationException("variables", "Elija al menos una variable para agrupar los territorios.");
        }
        Map<String, SocialVariable> byCode = catalog.byCode(j.id());
        List<SocialVariable> chosen = new ArrayList<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            SocialVariable v = byCode.get(code.strip());
            if (v == null) {
                throw new ValidationException("variables", "La variable «" + code + "» no existe en " + j.name()
                        + ".");
            }
            if (!chosen.contains(v)) {
                chosen.add(v);
            }
        }
        return chosen;
    }

    private int year(Jurisdiction j, Integer year) {
        if (year != null) {
            return year;
        }
        List<Integer> years = catalog.yearsOf(j.id());
        if (years.isEmpty()) {
            throw new ValidationException("year", j.name() + " aún no tiene valores de variables sociales.");
        }
        return years.get(0);
    }

    private static int groups(Integer groups) {
        if (groups == null) {
            throw new ValidationException("groups", "Indique cuántos grupos formar (de " + MIN_GROUPS + " a "
                    + MAX_GROUPS + ").");
        }
        if (groups < MIN_GROUPS || groups > MAX_GROUPS) {
            throw new ValidationException("groups", "El número de grupos debe estar entre " + MIN_GROUPS + " y "
                    + MAX_GROUPS + "; llegó " + groups + ".");
        }
        return groups;
    }

    /** A clustering the user may read, else {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public ClusteringView require(long id, CurrentUser user) {
        return readModel.clustering(id, territories.scopeOf(user))
                .orElseThrow(() -> new NotFoundException("No existe la agrupación " + id + "."));
    }

    /** The jurisdiction's clusterings the user may read, newest first (the last 50). */
    @Transactional(readOnly = true)
    public List<ClusteringSummary> list(long jurisdictionId, CurrentUser user) {
        return readModel.list(jurisdictionId, territories.scopeOf(user), 50);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TerritoryGroupView> of(long jurisdictionId, CurrentUser user) {
        return readModel.groupsOf(jurisdictionId, territories.scopeOf(user));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TerritoryGroupView> byId(long groupId, CurrentUser user) {
        return readModel.group(groupId, territories.scopeOf(user));
    }
}
