package org.minga.planning.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minga.planning.internal.IndicatorReadModel.IndicatorView;
import org.minga.planning.internal.IndicatorReadModel.ValueView;
import org.minga.platform.CurrentUser;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.minga.territory.Territories;
import org.springframework.stereotype.Component;

/** The indicator sheet: series for a territory, targets, progress, forecast; and the DHIS2/ADX exports. */
@Component
public record IndicatorReports(IndicatorService indicatorService, IndicatorFigures figures, Territories territories,
        TerritoryTree tree) {

    public record Sheet(IndicatorView indicator, TerritoryView territory, List<ValueView> series,
            Map<String, Double> targets,
            IndicatorFigures.BeforeAfter progress, List<Forecast.Point> forecast, List<String> forecastPeriods,
            String forecastMethod, List<ValueView> allValues) {
    }

    /** The territory to show: the one asked for (if visible), or the user's own, or the jurisdiction's root. */
    TerritoryView territoryFor(CurrentUser user, long jurisdictionId, Long territoryId) {
        if (territoryId != null) {
            TerritoryView t = territories.requireVisible(territoryId, user);
            if (t.jurisdictionId() != jurisdictionId) {
                throw new ValidationException("territory", "El territorio no es de la jurisdicción del indicador.");
            }
            return t;
        }
        if (user.territoryId() != null) {
            return territories.requireVisible(user.territoryId(), user);
        }
        if (AccessPolicy.reach(user.role(), Capability.READ_TERRITORIAL_INFO) == org.minga.platform.Reach.ENTITY) {
            throw new org.minga.platform.ForbiddenException(
                    "Las cifras de un indicador se muestran por territorio y el "
                            + "personal de entidad no tiene un territorio asignado.");
        }
        return tree.roots(user, jurisdictionId).stream().findFirst()
                .orElseThrow(() -> new ValidationException("territory", "La jurisdicción no tiene territorios."));
    }

    public Sheet sheet(CurrentUser user, long indicatorId, Long territoryId, LocalDate today) {
        IndicatorView i = indicatorService.indicator(user, indicatorId);
        TerritoryView t = territoryFor(user, i.jurisdictionId(), territoryId);
        List<ValueView> series = figures.series(user, i, t, today);
        List<Forecast.Point> forecast = Forecast.linear(series.stream().mapToDouble(ValueView::value).toArray(), 3);
        List<String> labels = new ArrayList<>();
        if (!series.isEmpty()) {
            Periods.Period p = Periods.parse("period", series.get(series.size() - 1).period());
            for (int k = 0; k < forecast.size(); k++) {
                p = Periods.next(i.periodicity().name(), p);
                labels.add(p.label());
            }
        }
        Map<String, Double> targets = indicatorService.targets(i.id());
        return new Sheet(i, t, series, targets, IndicatorFigures.beforeAfter(i, series, targets),
                forecast,
                labels,
                Forecast.METHOD, i.computed() ? series : indicatorService.values(user, i.id()));
    }

    /**
     * The rows to export: every visible measurement of the entered indicators, the series of the computed ones (in
     * the territory chosen once per jurisdiction, not once per indicator).
     */
    List<Interop.Row> exportRows(CurrentUser user, Long planId, Long territoryId, LocalDate today) {
        List<Interop.Row> rows = new ArrayList<>();
        Map<Long, TerritoryView> territory = new HashMap<>();
        for (IndicatorView i : indicatorService.indicators(user, planId)) {
            List<ValueView> values = i.computed()
                    ? figures.series(user, i, territory.computeIfAbsent(i.jurisdictionId(),
                            j -> territoryFor(user, j, territoryId)), today)
                    : indicatorService.values(user, i.id());
            for (ValueView v : values) {
                rows.add(new Interop.Row(i, v));
            }
        }
        if (rows.isEmpty()) {
            throw new ValidationException("plan", "No hay valores de indicadores para exportar.");
        }
        return rows;
    }
}
