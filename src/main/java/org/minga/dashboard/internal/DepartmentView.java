package org.minga.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.minga.planning.IndicatorSource;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryLevelView;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * The department view (issue 22): a departmental jurisdiction (Norte de Santander) sees the figures of the
 * municipalities it groups, each municipality's from its root territories through the same {@link IndicatorSource}s
 * as the situation room, and their sum. Only figures: no territory below the municipality, no personal datum. Who
 * reads it: whoever holds <em>consultar cifras</em> over the whole department (the same rule as a whole
 * jurisdiction's figures).
 */
@Component
record DepartmentView(Dashboard room, Jurisdictions jurisdictions, Territories territories, TerritoryTree tree) {

    public record DepartmentFigure(String key, String label, String unit, List<Double> byMunicipality, Double total) {
    }

    public record Municipality(long jurisdictionId, String code, String name) {
    }

    public record Department(String code, String name, LocalDate from, LocalDate to,
            List<Municipality> municipalities, List<DepartmentFigure> figures) {
    }

    Department of(CurrentUser user, String code, LocalDate from, LocalDate to) {
        Jurisdiction d = code == null || code.isBlank() ? own(user)
                : jurisdictions.byCode(code.strip()).orElseThrow(() -> new NotFoundException(
                        "No existe la jurisdicción " + code.strip() + "."));
        if (!AccessPolicy.reachesWholeJurisdiction(user, Capability.READ_AGGREGATES, d.id())) {
            throw new NotFoundException("No existe la jurisdicción " + d.code() + " en su alcance.");
        }
        List<Jurisdiction> members = jurisdictions.members(d.id());
        if (members.isEmpty()) {
            throw new ValidationException("jurisdiction",
                    d.name() + " no es un departamento: no agrupa municipios.");
        }
        LocalDate end = to == null ? LocalDate.now(d.zoneId()) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        if (start.isAfter(end)) {
            throw new ValidationException("from", "La fecha inicial del periodo no puede ser posterior a la final.");
        }
        List<List<String>> roots = members.stream().map(this::rootPaths).toList();
        List<DepartmentFigure> figures = new ArrayList<>();
        for (IndicatorSource s : room.sources()) {
            boolean share = "%".equals(s.unit());
            List<Double> values = new ArrayList<>();
            double sum = 0;
            for (int i = 0; i < members.size(); i++) {
                Double v = value(s, members.get(i).id(), roots.get(i), start, end, share);
                values.add(v);
                sum += v == null ? 0 : v;
            }
            // a share is not added up across municipalities: each keeps its own
            figures.add(new DepartmentFigure(s.key(), s.label(), s.unit(), values, share ? null : sum));
        }
        return new Department(d.code(), d.name(), start, end,
                members.stream().map(m -> new Municipality(m.id(), m.code(), m.name())).toList(), figures);
    }

    private Jurisdiction own(CurrentUser user) {
        if (user.jurisdictionId() == null) {
            throw new ValidationException("jurisdiction", "Indique el departamento (su código, por ejemplo 54).");
        }
        return jurisdictions.byId(user.jurisdictionId()).orElseThrow();
    }

    /** The paths of the municipality's root territories (the level of lowest rank). */
    private List<String> rootPaths(Jurisdiction m) {
        return tree.levels(m.id()).stream().min(Comparator.comparingInt(TerritoryLevelView::rank))
                .map(l -> territories.ofLevel(m.id(), l.code(), AccessScope.jurisdiction(m.id())).stream()
                        .filter(t -> t.parentId() == null).map(TerritoryView::path).toList())
                .orElse(List.of());
    }

    private Double value(IndicatorSource s, long j, List<String> paths, LocalDate from, LocalDate to,
            boolean share) {
        if (paths.isEmpty()) {
            return share ? null : 0d;
        }
        Map<String, Double> v = room.values(s, j, paths, from, to);
        if (share) {
            return paths.size() == 1 ? v.get(paths.get(0)) : null;
        }
        return paths.stream().mapToDouble(p -> v.getOrDefault(p, 0d)).sum();
    }
}
