package org.minga.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.planning.IndicatorSource;
import org.minga.platform.CurrentUser;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Needs crossed with the assets, the offer and the response given (issue 22, seed 004's "sala situacional"): for a
 * territory and each of its children, the open needs (alerts, care-plan needs, and the alerts by kind of rule), the
 * social assets and services present, and the response in the period (referrals answered, attentions, commitments
 * fulfilled), every one an {@link IndicatorSource} of the module that owns the data, read through the room's cache.
 * A territory with needs and no response at all is flagged: that is where the Mesa Local looks first.
 */
@Component
record NeedsResponse(Dashboard room, TerritoryTree tree) {

    /** The group a figure belongs to in the crossing. */
    enum NeedsGroup implements org.minga.platform.Labelled {
        NEED, SUPPLY, RESPONSE
    }

    record Column(String key, String label, String unit, NeedsGroup group) {
    }

    static final Map<String, NeedsGroup> COLUMNS = columns();

    private static Map<String, NeedsGroup> columns() {
        Map<String, NeedsGroup> m = new LinkedHashMap<>();
        m.put("household.open-alerts", NeedsGroup.NEED);
        m.put("household.open-care-needs", NeedsGroup.NEED);
        m.put("actor.social-assets", NeedsGroup.SUPPLY);
        m.put("offer.services", NeedsGroup.SUPPLY);
        m.put("referral.answered", NeedsGroup.RESPONSE);
        m.put("attention.count", NeedsGroup.RESPONSE);
        m.put("governance.commitments-fulfilled", NeedsGroup.RESPONSE);
        return m;
    }

    /** The needs by category: the open alerts by the kind of rule that raised them. */
    static final String CATEGORY_PREFIX = "household.open-alerts.";

    public record Row(long territoryId, String code, String name, String levelName, List<Double> values, double needs,
            double supply, double response, boolean needsWithoutResponse, boolean needsWithoutSupply) {
    }

    public record Category(String key, String label, double value) {
    }

    public record Crossing(TerritoryView territory, LocalDate from, LocalDate to, List<Column> columns, Row total,
            List<Row> children, List<Category> categories, long withoutResponse) {
    }

    Crossing of(CurrentUser user, Long territoryId, String jurisdiction, LocalDate from, LocalDate to) {
        TerritoryView t = room.territoryFor(user, territoryId, jurisdiction);
        LocalDate end = to == null ? LocalDate.now(room.zoneOf(t)) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        if (start.isAfter(end)) {
            throw new ValidationException("from", "La fecha inicial del periodo no puede ser posterior a la final.");
        }
        List<IndicatorSource> sources = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        COLUMNS.forEach((key, group) -> source(key).ifPresent(s -> {
            sources.add(s);
            columns.add(new Column(s.key(), s.label(), s.unit(), group));
        }));
        List<TerritoryView> kids = tree.children(user, t.id());
        List<String> paths = new ArrayList<>();
        paths.add(t.path());
        kids.forEach(k -> paths.add(k.path()));
        List<Map<String, Double>> values = sources.stream()
                .map(s -> room.values(s, t.jurisdictionId(), paths, start, end)).toList();
        Row total = row(t, columns, values);
        List<Row> children = kids.stream().map(k -> row(k, columns, values)).toList();
        List<Category> categories = room.sources().stream().filter(s -> s.key().startsWith(CATEGORY_PREFIX))
                .map(s -> new Category(s.key(), s.label(),
                        room.values(s, t.jurisdictionId(), List.of(t.path()), start, end).getOrDefault(t.path(), 0d)))
                .toList();
        long without = children.stream().filter(Row::needsWithoutResponse).count();
        return new Crossing(t, start, end, columns, total, children, categories, without);
    }

    private Optional<IndicatorSource> source(String key) {
        return room.sources().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static Row row(TerritoryView t, List<Column> columns, List<Map<String, Double>> values) {
        List<Double> cells = new ArrayList<>();
        double[] byGroup = new double[NeedsGroup.values().length];
        for (int i = 0; i < columns.size(); i++) {
            double v = values.get(i).getOrDefault(t.path(), 0d);
            cells.add(v);
            byGroup[columns.get(i).group().ordinal()] += v;
        }
        double needs = byGroup[NeedsGroup.NEED.ordinal()];
        double supply = byGroup[NeedsGroup.SUPPLY.ordinal()];
        double response = byGroup[NeedsGroup.RESPONSE.ordinal()];
        return new Row(t.id(), t.code(), t.name(), t.levelName(), cells, needs, supply, response,
                needs > 0 && response == 0, needs > 0 && supply == 0);
    }
}
