package org.minga.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.offer.ValueGroup;
import org.minga.platform.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service points of a jurisdiction with the evidence for choosing them for a dialogue: the head and their
 * leadership, the value groups served, and the satisfaction (mean of the service-map ratings, 1 to 5) in each
 * dialogue held there, oldest first.
 */
@Component
record ServicePointReadModel(JdbcClient jdbc, Labels labels) {

    record Share(String valueGroup, String label, BigDecimal percent) {
    }

    record Satisfaction(long spaceId, String dialogue, LocalDate heldOn, BigDecimal mean) {
    }

    record PointView(long id, long jurisdictionId, String name, String territoryName, String territoryPath,
            String head, String leadership, List<Share> valueGroups, List<Satisfaction> satisfaction) {

        /** The latest dialogue's satisfaction minus the first's; null with fewer than two dialogues. */
        public BigDecimal trend() {
            return satisfaction.size() < 2 ? null
                    : satisfaction.get(satisfaction.size() - 1).mean().subtract(satisfaction.get(0).mean());
        }
    }

    List<PointView> all(long jurisdictionId) {
        return points("p.jurisdiction_id = :j", Map.of("j", jurisdictionId));
    }

    /** The points of one jurisdiction, or of every jurisdiction when {@code jurisdictionId} is null. */
    List<PointView> inJurisdiction(Long jurisdictionId) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("j", jurisdictionId);
        return points("(cast(:j as bigint) is null or p.jurisdiction_id = :j)", params);
    }

    Optional<PointView> byId(long id) {
        return points("p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    boolean nameTaken(long jurisdictionId, String name) {
        return jdbc.sql("select count(*) from service_point where jurisdiction_id = :j and name = :n")
                .param("j", jurisdictionId).param("n", name).query(Long.class).single() > 0;
    }

    private List<PointView> points(String where, Map<String, Object> params) {
        Map<Long, List<Share>> shares = new LinkedHashMap<>();
        jdbc.sql("select v.service_point_id, v.value_group, v.share_percent from service_point_value_group v "
                + "join service_point p on p.id = v.service_point_id where " + where
                + " order by 1, v.share_percent desc").params(params).query(rs -> {
                    ValueGroup g = ValueGroup.valueOf(rs.getString(2));
                    shares.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Share(g.name(), labels.of(g), rs.getBigDecimal(3)));
                });
        Map<Long, List<Satisfaction>> satisfaction = new LinkedHashMap<>();
        jdbc.sql("""
                select p.id, s.id, s.title, s.held_on, round(avg(m.satisfaction), 2)
                from service_point p
                join participation_space s on s.jurisdiction_id = p.jurisdiction_id and s.service_point = p.name
                join service_map_stage m on m.space_id = s.id and m.service_point = p.name
                where m.satisfaction is not null and\s""" + where + """

                group by p.id, s.id, s.title, s.held_on order by p.id, s.held_on, s.id""").params(params)
                .query(rs -> {
                    satisfaction.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Satisfaction(
                            rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)));
                });
        return jdbc.sql("select p.*, t.name as tname from service_point p join territory t on t.id = p.territory_id "
                + "where " + where + " order by p.name").params(params).query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new PointView(id, rs.getLong("jurisdiction_id"), rs.getString("name"),
                            rs.getString("tname"), rs.getString("territory_path"), rs.getString("head"),
                            rs.getString("leadership"), shares.getOrDefault(id, List.of()),
                            satisfaction.getOrDefault(id, List.of()));
                }).list();
    }
}
