package org.minga.planning.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of an indicator-values import: the jurisdiction's indicators by code, and the upsert of a value. */
@Component
record IndicatorValueRepository(JdbcClient jdbc) {

    /** An indicator's id, and whether Minga computes its values (those are not imported). */
    record EnteredOrComputed(long id, boolean computed) {
    }

    Map<String, EnteredOrComputed> indicators(long jurisdictionId) {
        Map<String, EnteredOrComputed> indicators = new HashMap<>();
        jdbc.sql("select id, code, computed_key from indicator where jurisdiction_id = :j").param("j", jurisdictionId)
                .query(rs -> {
                    indicators.put(rs.getString("code"),
                            new EnteredOrComputed(rs.getLong("id"), rs.getString("computed_key") != null));
                });
        return indicators;
    }

    void upsert(IndicatorValueImport.Value v) {
        jdbc.sql(
                """
                        insert into indicator_value (indicator_id, period, period_start, period_end, territory_id, territory_path, value, note)
                        values (:i, :p, :s, :e, :t, :path, :v, :note)
                        on conflict (indicator_id, period, territory_id)
                        do update set value = excluded.value, note = excluded.note, version = indicator_value.version + 1""")
                .param("i", v.indicatorId()).param("p", v.period().label()).param("s", v.period().start())
                .param("e", v.period().end()).param("t", v.territory().id()).param("path", v.territory().path())
                .param("v", v.value()).param("note", v.note()).update();
    }
}
