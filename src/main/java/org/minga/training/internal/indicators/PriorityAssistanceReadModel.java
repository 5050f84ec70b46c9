package org.minga.training.internal.indicators;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.territory.PrioritizationIndex;
import org.minga.territory.PrioritizationIndex.Ranking;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Technical assistance to priority territories (issue 20, point 8), next to {@code training.technical-assistance}
 * (all territories): visits and accompaniment held in the period in a territory, or below one, that the
 * jurisdiction's latest prioritisation run (territory's {@link PrioritizationIndex}, any level) ranks in the first
 * third of the territories it scored (rank up to ⌈scored / 3⌉, so at least the first). No run: nothing is priority.
 */
@Component
record PriorityAssistanceReadModel(JdbcClient jdbc, PrioritizationIndex index, Territories territories)
        implements
            IndicatorSource {

    @Override
    public String key() {
        return "training.technical-assistance.priority-territories";
    }

    @Override
    public String label() {
        return "Asistencias técnicas a territorios priorizados";
    }

    @Override
    public String definition() {
        return "Visitas y acompañamientos de asistencia técnica realizados en el periodo en territorios que la última "
                + "priorización de la jurisdicción ubica en el primer tercio de su ranking (o dentro de ellos).";
    }

    @Override
    public String unit() {
        return "asistencias";
    }

    @Override
    public IndicatorDirection direction() {
        return IndicatorDirection.HIGHER_IS_BETTER;
    }

    @Override
    public boolean flow() {
        return true;
    }

    /** The paths of the territories the latest run ranks as priority. */
    List<String> priorityPaths(long jurisdictionId) {
        Collection<Ranking> ranked = index.latest(jurisdictionId).values().stream()
                .filter(r -> r.rank() != null).toList();
        int cut = (ranked.size() + 2) / 3;
        return ranked.stream().filter(r -> r.rank() <= cut)
                .map(r -> territories.byId(r.territoryId()).map(TerritoryView::path).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    @Override
    public Map<String, Double> values(long jurisdictionId, Collection<String> territoryPaths, LocalDate from,
            LocalDate to) {
        return values(jurisdictionId, territoryPaths, from, to, priorityPaths(jurisdictionId));
    }

    /** The priority territories read once for every period, not once per period. */
    @Override
    public List<Map<String, Double>> series(long jurisdictionId, Collection<String> territoryPaths,
            List<Span> periods) {
        List<String> priority = priorityPaths(jurisdictionId);
        return periods.stream().map(p -> values(jurisdictionId, territoryPaths, p.from(), p.to(), priority)).toList();
    }

    private Map<String, Double> values(long jurisdictionId, Collection<String> territoryPaths, LocalDate from,
            LocalDate to, List<String> priority) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        territoryPaths.forEach(p -> out.put(p, 0d));
        if (territoryPaths.isEmpty() || priority.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select p.path, (select count(*) from technical_assistance x
                                 where x.jurisdiction_id = :j and x.held_on between :from and :to
                                   and x.territory_path ~>=~ p.path and x.territory_path ~<~ (p.path || '~')
                                   and exists (select 1 from unnest(cast(:priority as text[])) as q(path)
                                                where x.territory_path ~>=~ q.path
                                                  and x.territory_path ~<~ (q.path || '~')))
                  from unnest(cast(:paths as text[])) as p(path)""")
                .param("j", jurisdictionId).param("from", from).param("to", to)
                .param("paths", territoryPaths.toArray(String[]::new))
                .param("priority", priority.toArray(String[]::new))
                .query((rs, n) -> out.put(rs.getString(1), rs.getDouble(2))).list();
        return out;
    }
}
