package org.minga.dashboard.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.minga.dashboard.AgendaSource;
import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;

/**
 * The dashboard (tablero de gestión, sala situacional) of a territory: every module's figures for its subtree, the chosen figure for each child
 * (map and drill-down), its monthly trend, and the agenda. Figures are read through the modules'
 * {@link IndicatorSource}s and cached per (source, territories, period) for {@link #TTL}: the page says so.
 */
@Service
public class Dashboard {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int TREND_MONTHS = 6;

    private final List<IndicatorSource> sources;
    private final List<AgendaSource> agenda;
    private final Territories territories;
    private final TerritoryTree tree;
    private final Jurisdictions jurisdictions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * The figure the room opens on when none is asked for: the social assets, which every territory has, rather than
     * whichever figure comes first by name (a module added later would change what every user sees first).
     */
    static final String DEFAULT_INDICATOR = "actor.social-assets";

    Dashboard(List<IndicatorSource> sources, List<AgendaSource> agenda, Territories territories, TerritoryTree tree,
            Jurisdictions jurisdictions) {
        this.sources = sources.stream().sorted(Comparator.comparing(IndicatorSource::label)).toList();
        this.agenda = agenda;
        this.territories = territories;
        this.tree = tree;
        this.jurisdictions = jurisdictions;
    }

    private record Cached(long at, Map<String, Double> values) {
    }

    public record Figure(String key, String label, String definition, String unit, IndicatorDirection direction,
            boolean flow,
            Double value) {
    }

    public record ChildValue(long territoryId, String code, String name, String levelName, Double value,
            boolean hasChildren) {
    }

    public record TrendPoint(String month, Double value) {
    }

    public record Room(TerritoryView territory, List<TerritoryView> ancestry, LocalDate from, LocalDate to,
            List<Figure> figures, Figure selected, List<ChildValue> children, List<TrendPoint> trend,
            List<AgendaSource.AgendaItem> agenda, int cacheSeconds) {
    }

    public List<IndicatorSource> sources() {
        return sources;
    }

    /** Read only: with a read replica configured (MINGA_DB_REPLICA_URL) the whole room is read there (issue 19). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Room room(CurrentUser user, Long territoryId, LocalDate from, LocalDate to, String indicatorKey) {
        TerritoryView t = territoryFor(user, territoryId);
        // the jurisdiction's day, not UTC's: at 20:00 in Bogotá it is still today there
        LocalDate today = LocalDate.now(jurisdictions.byId(t.jurisdictionId()).orElseThrow().zoneId());
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        if (start.isAfter(end)) {
            throw new ValidationException("from", "La fecha inicial del periodo no puede ser posterior a la final.");
        }
        IndicatorSource chosen = sources.stream().filter(s -> s.key().equals(indicatorKey)).findFirst()
                .or(() -> sources.stream().filter(s -> s.key().equals(DEFAULT_INDICATOR)).findFirst())
                .orElse(sources.isEmpty() ? null : sources.get(0));
        if (indicatorKey != null && !indicatorKey.isBlank() && (chosen == null || !chosen.key().equals(indicatorKey))) {
            throw new ValidationException("indicator", "El indicador '" + indicatorKey + "' no existe.");
        }
        List<Figure> figures = new ArrayList<>();
        Figure selected = null;
        for (IndicatorSource s : sources) {
            Figure f = new Figure(s.key(), s.label(), s.definition(), s.unit(), s.direction(), s.flow(),
                    values(s, t.jurisdictionId(), List.of(t.path()), start, end).get(t.path()));
            figures.add(f);
            if (s == chosen) {
                selected = f;
            }
        }
        List<TerritoryView> kids = tree.children(user, t.id());
        List<ChildValue> children = new ArrayList<>();
        if (chosen != null && !kids.isEmpty()) {
            Map<String, Double> byPath = values(chosen, t.jurisdictionId(),
                    kids.stream().map(TerritoryView::path).toList(), start, end);
            for (TerritoryView k : kids) {
                children.add(new ChildValue(k.id(), k.code(), k.name(), k.levelName(), byPath.get(k.path()), true));
            }
        }
        List<TrendPoint> trend = new ArrayList<>();
        if (chosen != null) {
            YearMonth last = YearMonth.from(end);
            for (int m = TREND_MONTHS - 1; m >= 0; m--) {
                YearMonth ym = last.minusMonths(m);
                LocalDate mEnd = ym.atEndOfMonth().isAfter(end) ? end : ym.atEndOfMonth();
                trend.add(new TrendPoint(ym.toString(),
                        values(chosen, t.jurisdictionId(), List.of(t.path()), ym.atDay(1), mEnd).get(t.path())));
            }
        }
        List<AgendaSource.AgendaItem> items = new ArrayList<>();
        for (AgendaSource a : agenda) {
            items.addAll(a.upcoming(t.jurisdictionId(), t.path(), today, today.plusDays(60), 10));
        }
        items.sort(Comparator.comparing(AgendaSource.AgendaItem::start));
        return new Room(t, tree.ancestry(user, t.id()), start, end, figures, selected, children, trend,
                items.size() > 15 ? items.subList(0, 15) : items, (int) TTL.toSeconds());
    }

    /** The territory's jurisdiction's clock: its "today". */
    java.time.ZoneId zoneOf(TerritoryView t) {
        return jurisdictions.byId(t.jurisdictionId()).orElseThrow().zoneId();
    }

    /** As {@link #territoryFor(CurrentUser, Long)}, a jurisdiction named by its code giving its root when no territory is. */
    TerritoryView territoryFor(CurrentUser user, Long territoryId, String jurisdictionCode) {
        if (territoryId == null && jurisdictionCode != null && !jurisdictionCode.isBlank()) {
            org.minga.platform.Jurisdiction j = jurisdictions.requireVisible(jurisdictionCode.strip(), user);
            return tree.roots(user, j.id()).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("No hay territorios visibles en " + j.name() + "."));
        }
        return territoryFor(user, territoryId);
    }

    TerritoryView territoryFor(CurrentUser user, Long territoryId) {
        if (territoryId != null) {
            return territories.requireVisible(territoryId, user);
        }
        if (user.territoryId() != null) {
            return territories.requireVisible(user.territoryId(), user);
        }
        if (AccessPolicy.reach(user.role(), Capability.READ_TERRITORIAL_INFO) == org.minga.platform.Reach.ENTITY) {
            throw new org.minga.platform.ForbiddenException(
                    "La sala situacional muestra cifras por territorio y el personal "
                            + "de entidad no tiene un territorio asignado: trabaje las canalizaciones en la bandeja de su entidad.");
        }
        List<org.minga.platform.Jurisdiction> visible = jurisdictions.visibleTo(user);
        for (org.minga.platform.Jurisdiction j : visible) {
            List<TerritoryView> roots = tree.roots(user, j.id());
            if (!roots.isEmpty()) {
                return roots.get(0);
            }
        }
        throw new NotFoundException("No hay territorios visibles para su usuario.");
    }

    Map<String, Double> values(IndicatorSource s, long j, List<String> paths, LocalDate from, LocalDate to) {
        String key = s.key() + "|" + j + "|" + String.join(",", paths) + "|" + from + "|" + to;
        long now = System.nanoTime();
        Cached c = cache.get(key);
        if (c != null && now - c.at() < TTL.toNanos()) {
            return c.values();
        }
        Map<String, Double> v = new LinkedHashMap<>(s.values(j, paths, from, to));
        if (cache.size() > 5_000) {
            cache.entrySet().removeIf(e -> now - e.getValue().at() >= TTL.toNanos());
        }
        cache.put(key, new Cached(now, v));
        return v;
    }

    /** Drops the cache (tests, or after a bulk load). */
    public void clearCache() {
        cache.clear();
    }
}
