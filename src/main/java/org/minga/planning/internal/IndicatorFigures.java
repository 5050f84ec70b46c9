package org.minga.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minga.planning.IndicatorSource;
import org.minga.planning.internal.IndicatorReadModel.IndicatorView;
import org.minga.planning.internal.IndicatorReadModel.ValueView;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/** An indicator's series in a territory (entered or computed) and its before/after with the traffic light. */
@Component
public record IndicatorFigures(IndicatorService indicators) {

    /** One row of the before/after table: the baseline, the latest measure, the target and the light. */
    public record BeforeAfter(IndicatorView indicator, Double before, String latestPeriod, Double after, Double target,
            Progress progress) {
    }

    /**
     * A computed indicator's values for the last {@code count} periods in a territory's subtree, asked of its source
     * in one call (one query for the SQL sources).
     */
    public List<ValueView> computedSeries(IndicatorView i, TerritoryView t, int count, LocalDate today) {
        IndicatorSource src = indicators.source(i.computedKey())
                .orElseThrow(() -> new NotFoundException("La fuente " + i.computedKey() + " no está disponible."));
        List<Periods.Period> periods = Periods.lastPeriods(i.periodicity().name(), today, count);
        List<Map<String, Double>> values = src.series(t.jurisdictionId(), List.of(t.path()), periods.stream()
                .map(p -> new IndicatorSource.Span(p.start(), p.end().isAfter(today) ? today : p.end())).toList());
        List<ValueView> out = new ArrayList<>();
        for (int k = 0; k < periods.size(); k++) {
            Periods.Period p = periods.get(k);
            Double v = values.get(k).get(t.path());
            if (v != null) {
                out.add(new ValueView(0, p.label(), p.start(), p.end(), t.id(), t.code(), t.name(), v, "Calculado", 0));
            }
        }
        return out;
    }

    /** The series the indicator pages, the forecast and the exports use: one value per period for the territory. */
    public List<ValueView> series(CurrentUser user, IndicatorView i, TerritoryView t, LocalDate today) {
        if (i.computed()) {
            return computedSeries(i, t, 8, today);
        }
        return indicators.values(user, i.id()).stream().filter(v -> v.territoryId() == t.id()).toList();
    }

    public BeforeAfter beforeAfter(CurrentUser user, IndicatorView i, TerritoryView t, LocalDate today) {
        return beforeAfter(i, series(user, i, t, today), indicators.targets(i.id()));
    }

    /** The before/after of a series already read (the indicator sheet shows both), against the targets. */
    public static BeforeAfter beforeAfter(IndicatorView i, List<ValueView> s, Map<String, Double> targets) {
        ValueView last = s.isEmpty() ? null : s.get(s.size() - 1);
        Double target = null;
        if (last != null && targets.containsKey(last.period())) {
            target = targets.get(last.period());
        } else if (!targets.isEmpty()) {
            target = new ArrayList<>(targets.values()).get(targets.size() - 1);
        }
        Double after = last == null ? null : last.value();
        return new BeforeAfter(i, i.baselineValue(), last == null ? null : last.period(), after, target,
                Progress.of(i.baselineValue(), target, after, i.direction()));
    }
}
