package org.minga.actor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The actor map (mapeo de actores) of a territory: the actors acting in it, in its subtree or in a
 * territory that contains it, counted by type and sector, and the network of their alliances.
 */
@Service
public class ActorMapService {

    /** The graph shows at most this many actors, the most connected first, so it stays readable. */
    static final int MAX_NODES = 80;

    public record Count(String code, String label, long count) {
    }

    public record Node(String id, String label, String kind, String group) {
    }

    public record Link(String source, String target, String label, String actorName, String allianceName) {
    }

    public record ActorMap(long territoryId, String territoryName, long actors, List<Count> byType,
            List<Count> bySector,
            long alliances, List<Node> nodes, List<Link> links, boolean truncated) {
    }

    private static final String IN_TERRITORY = """
            a.jurisdiction_id = :j and a.status = 'ACTIVE' and exists (select 1 from actor_territory at where at.actor_id = a.id
              and (at.territory_path like :prefix or :path like at.territory_path || '%'))
            """;

    private final JdbcClient jdbc;

    ActorMapService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ActorMap of(TerritoryView t) {
        String prefix = t.path() + "%";
        long actors = jdbc.sql("select count(*) from actor a where " + IN_TERRITORY).param("j", t.jurisdictionId())
                .param("prefix", prefix).param("path", t.path()).query(Long.class).single();
        List<Count> byType = new ArrayList<>();
        jdbc.sql("select a.type, count(*) as n from actor a where " + IN_TERRITORY
                + " group by a.type order by n desc, a.type")
                .param("j", t.jurisdictionId()).param("prefix", prefix).param("path", t.path())
                .query(rs -> {
                    ActorType type = ActorType.valueOf(rs.getString("type"));
                    byType.add(new Count(type.name(), type.label(), rs.getLong("n")));
                });
        List<Count> bySector = new ArrayList<>();
        jdbc.sql("select s, count(*) as n from actor a, unnest(a.sectors) s where " + IN_TERRITORY
                + " group by s order by n desc, s")
                .param("j", t.jurisdictionId()).param("prefix", prefix).param("path", t.path())
                .query(rs -> {
                    Sector s = Sector.valueOf(rs.getString("s"));
                    bySector.add(new Count(s.name(), s.label(), rs.getLong("n")));
                });
        // alliances with at least one member acting here; their members, most connected first
        record Row(long allianceId, String allianceName, String scope, long actorId, String actorName, String type,
                String contribution) {
        }
        List<Row> rows = jdbc
                .sql("""
                        with here as (select a.id from actor a where %s),
                        al as (select distinct m.alliance_id from alliance_member m join here on here.id = m.actor_id)
                        select al2.id as alliance_id, al2.name as alliance_name, al2.scope, a.id as actor_id, a.name as actor_name,
                               a.type, m.contribution
                        from al join alliance al2 on al2.id = al.alliance_id
                        join alliance_member m on m.alliance_id = al2.id join actor a on a.id = m.actor_id
                        where al2.status <> 'SUSPENDED'
                        order by al2.start_date desc, al2.id, a.name limit 2000"""
                        .formatted(IN_TERRITORY))
                .param("j", t.jurisdictionId()).param("prefix", prefix).param("path", t.path())
                .query((rs, n) -> new Row(rs.getLong("alliance_id"), rs.getString("alliance_name"),
                        rs.getString("scope"),
                        rs.getLong("actor_id"), rs.getString("actor_name"), rs.getString("type"),
                        rs.getString("contribution")))
                .list();
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
            nodes.putIfAbsent(allianceKey, new Node(allianceKey, r.allianceName(), "alliance",
                    "INTERNAL".equals(r.scope()) ? "Alianza interna" : "Alianza externa"));
            String actorKey = "actor-" + r.actorId();
            nodes.putIfAbsent(actorKey,
                    new Node(actorKey, r.actorName(), "actor", ActorType.valueOf(r.type()).label()));
            links.add(new Link(actorKey, allianceKey, r.contribution(), r.actorName(), r.allianceName()));
        }
        long alliances = rows.stream().map(Row::allianceId).distinct().count();
        return new ActorMap(t.id(), t.label(), actors, byType, bySector, alliances, new ArrayList<>(nodes.values()),
                links,
                degree.size() > MAX_NODES);
    }
}
