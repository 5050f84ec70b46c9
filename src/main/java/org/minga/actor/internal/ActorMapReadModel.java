package org.minga.actor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.actor.internal.domain.AllianceScope;
import org.minga.platform.Labels;
import org.minga.territory.TerritoryView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The actor map (mapeo de actores) of a territory: the actors acting in it, in its subtree or in a territory that
 * contains it, counted by type and sector, and the network of their alliances.
 */
@Component
public record ActorMapReadModel(JdbcClient jdbc, Labels labels, MessageSource messages) {

    /** The graph shows at most this many actors, the most connected first, so it stays readable. */
    static final int MAX_NODES = 80;

    public record Count(String code, String label, long count) {
    }

    public record Node(String id, String label, String kind, String group) {
    }

    public record Link(String source, String target, String label, String actorName, String allianceName) {
    }

    public record ActorMap(long territoryId, String territoryName, long actors, List<Count> byType,
            List<Count> bySector, long alliances, List<Node> nodes, List<Link> links, boolean truncated) {
    }

    /** A member of an alliance with a member acting in the territory. */
    private record Row(long allianceId, String allianceName, AllianceScope scope, long actorId, String actorName,
            ActorType type, String contribution) {
    }

    private static final String IN_TERRITORY = """
            a.jurisdiction_id = :j and a.status = 'ACTIVE' and exists (select 1 from actor_territory at where at.actor_id = a.id
              and (at.territory_path like :prefix or :path like at.territory_path || '%'))
            """;

    public ActorMap of(TerritoryView t) {
        long actors = in(t, "select count(*) from actor a where " + IN_TERRITORY).query(Long.class).single();
        List<Count> byType = in(t, "select a.type, count(*) as n from actor a where " + IN_TERRITORY
                + " group by a.type order by n desc, a.type")
                        .query((rs, n) -> count(ActorType.valueOf(rs.getString(1)), rs.getLong(2))).list();
        List<Count> bySector = in(t, "select s, count(*) as n from actor a, unnest(a.sectors) s where " + IN_TERRITORY
                + " group by s order by n desc, s")
                        .query((rs, n) -> count(Sector.valueOf(rs.getString(1)), rs.getLong(2))).list();
        List<Row> rows = allianceRows(t);
        Map<Long, Integer> degree = new LinkedHashMap<>();
        rows.forEach(r -> degree.merge(r.actorId(), 1, Integer::sum));
        List<Long> kept = degree.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(MAX_NODES)
                .map(Map.Entry::getKey).toList();
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (Row r : rows) {
            if (!kept.contains(r.actorId())) {
                continue;
            }
            String allianceKey = "alliance-" + r.allianceId();
            nodes.putIfAbsent(allianceKey,
                    new Node(allianceKey, r.allianceName(), "alliance", allianceGroup(r.scope())));
            String actorKey = "actor-" + r.actorId();
            nodes.putIfAbsent(actorKey, new Node(actorKey, r.actorName(), "actor", labels.of(r.type())));
            links.add(new Link(actorKey, allianceKey, r.contribution(), r.actorName(), r.allianceName()));
        }
        long alliances = rows.stream().map(Row::allianceId).distinct().count();
        return new ActorMap(t.id(), t.label(), actors, byType, bySector, alliances, new ArrayList<>(nodes.values()),
                links, degree.size() > MAX_NODES);
    }

    /** "Alianza interna", "External alliance": the group of an alliance's node. */
    private String allianceGroup(AllianceScope scope) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("actor.map.allianceGroup",
                new Object[]{labels.of(scope, locale).toLowerCase(locale)}, locale);
    }

    private Count count(Enum<?> constant, long n) {
        return new Count(constant.name(), labels.of(constant), n);
    }

    private JdbcClient.StatementSpec in(TerritoryView t, String sql) {
        return jdbc.sql(sql).param("j", t.jurisdictionId()).param("prefix", t.path() + "%").param("path", t.path());
    }

    /** Alliances with at least one member acting here; all their members (not suspended ones). */
    private List<Row> allianceRows(TerritoryView t) {
        return in(t,
                """
                        with here as (select a.id from actor a where %s),
                        al as (select distinct m.alliance_id from alliance_member m join here on here.id = m.actor_id)
                        select al2.id as alliance_id, al2.name as alliance_name, al2.scope, a.id as actor_id, a.name as actor_name,
                               a.type, m.contribution
                        from al join alliance al2 on al2.id = al.alliance_id
                        join alliance_member m on m.alliance_id = al2.id join actor a on a.id = m.actor_id
                        where al2.status <> 'SUSPENDED'
                        order by al2.start_date desc, al2.id, a.name limit 2000"""
                        .formatted(IN_TERRITORY))
                                .query((rs, n) -> new Row(rs.getLong("alliance_id"), rs.getString("alliance_name"),
                                        AllianceScope.valueOf(rs.getString("scope")), rs.getLong("actor_id"),
                                        rs.getString("actor_name"), ActorType.valueOf(rs.getString("type")),
                                        rs.getString("contribution")))
                                .list();
    }
}
