package org.minga.territory.internal.prioritization;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minga.territory.PrioritizationIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the latest saved run: runs are immutable evidence, so the newest one is the current index. */
@Service
record LatestPrioritizationReadModel(JdbcClient jdbc) implements PrioritizationIndex {

    @Override
    public Map<Long, Ranking> latest(long jurisdictionId, String levelCode) {
        return rankings(jurisdictionId, levelCode);
    }

    @Override
    public Map<Long, Ranking> latest(long jurisdictionId) {
        return rankings(jurisdictionId, "");
    }

    /** The results of the latest run of the level (empty: of any level). */
    private Map<Long, Ranking> rankings(long jurisdictionId, String levelCode) {
        Map<Long, Ranking> out = new LinkedHashMap<>();
        jdbc.sql("""
                select r.territory_id, r.rank, r.score, run.name, run.year from prioritization_result r
                join prioritization_run run on run.id = r.run_id
                where run.id = (select id from prioritization_run where jurisdiction_id = :j
                                   and (:l = '' or level_code = :l)
                                order by created_at desc, id desc limit 1)
                order by r.position""")
                .param("j", jurisdictionId).param("l", levelCode)
                .query((rs, n) -> new Ranking(rs.getLong(1), (Integer) rs.getObject(2),
                        rs.getBigDecimal(3) == null ? null : rs.getBigDecimal(3).doubleValue(), rs.getString(4),
                        rs.getInt(5)))
                .list().forEach(r -> out.put(r.territoryId(), r));
        return out;
    }
}
