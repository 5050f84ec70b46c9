package org.minga.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.planning.IndicatorSource;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdictions;
import org.minga.territory.IndexComparisons;
import org.minga.territory.RunComparison;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes an index comparison into the before/after report: per compared territory the interventions that reached
 * it between the runs and the families' situation at each end, asked of the modules' indicator sources (one query
 * per figure for all territories at once).
 */
@Service
public class BeforeAfterReports {

    /** The interventions, as the modules that make them count them: fairs, care routes, plans, exercises, training. */
    static final List<String> INTERVENTIONS = List.of("fair.held", "referral.started", "planning.actions-reached",
            "governance.demonstration-exercises", "training.people-trained");
    /** The families' situation (their rights at risk), read at the first run and at the last. */
    static final List<String> SITUATION = List.of("household.open-alerts", "household.characterised");

    private final IndexComparisons comparisons;
    private final Map<String, IndicatorSource> sources = new LinkedHashMap<>();
    private final Territories territories;
    private final Jurisdictions jurisdictions;

    BeforeAfterReports(IndexComparisons comparisons, List<IndicatorSource> sources, Territories territories,
            Jurisdictions jurisdictions) {
        this.comparisons = comparisons;
        sources.forEach(s -> this.sources.put(s.key(), s));
        this.territories = territories;
        this.jurisdictions = jurisdictions;
    }

    /** The report of the runs, each one a run the user may see (else not found); figures within the user's reach. */
    @Transactional(readOnly = true)
    public BeforeAfterReport report(List<Long> runIds, CurrentUser user) {
        RunComparison c = comparisons.compare(runIds, user);
        List<TerritoryView> places = c.rows().stream().map(r -> territories.byId(r.territoryId()))
                .flatMap(Optional::stream).toList();
        Map<Long, String> paths = new LinkedHashMap<>();
        places.forEach(t -> paths.put(t.id(), t.path()));
        long j = places.isEmpty() ? 0 : places.get(0).jurisdictionId();
        LocalDate today = places.isEmpty() ? LocalDate.now()
                : LocalDate.now(jurisdictions.byId(j).orElseThrow().zoneId());
        int firstYear = c.runs().get(0).year();
        int lastYear = c.runs().get(c.runs().size() - 1).year();
        LocalDate from = LocalDate.of(firstYear, 1, 1);
        LocalDate before = earliest(LocalDate.of(firstYear, 12, 31), today);
        LocalDate after = earliest(LocalDate.of(lastYear, 12, 31), today);
        List<String> pathList = List.copyOf(paths.values());
        List<IndicatorSource> done = present(INTERVENTIONS);
        List<IndicatorSource> situation = present(SITUATION);
        List<Map<String, Double>> doneValues = new ArrayList<>();
        done.forEach(s -> doneValues.add(values(s, j, pathList, from, after)));
        List<Map<String, Double>> beforeValues = new ArrayList<>();
        List<Map<String, Double>> afterValues = new ArrayList<>();
        for (IndicatorSource s : situation) {
            beforeValues.add(values(s, j, pathList, from, before));
            afterValues.add(values(s, j, pathList, from, after));
        }
        List<BeforeAfterReport.TerritoryRow> rows = new ArrayList<>();
        for (RunComparison.Row r : c.rows()) {
            String path = paths.get(r.territoryId());
            rows.add(new BeforeAfterReport.TerritoryRow(r, pick(doneValues, path), pick(beforeValues, path),
                    pick(afterValues, path)));
        }
        return new BeforeAfterReport(c, from, before, after, measures(done), measures(situation), rows);
    }

    private Map<String, Double> values(IndicatorSource s, long j, List<String> paths, LocalDate from, LocalDate to) {
        return paths.isEmpty() ? Map.of() : s.values(j, paths, from, to);
    }

    private static List<Double> pick(List<Map<String, Double>> values, String path) {
        List<Double> out = new ArrayList<>();
        values.forEach(m -> out.add(path == null ? null : m.get(path)));
        return out;
    }

    private List<IndicatorSource> present(List<String> keys) {
        return keys.stream().map(sources::get).filter(java.util.Objects::nonNull).toList();
    }

    private static List<BeforeAfterReport.Measure> measures(List<IndicatorSource> sources) {
        return sources.stream()
                .map(s -> new BeforeAfterReport.Measure(s.key(), s.label(), s.unit(), s.definition())).toList();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
