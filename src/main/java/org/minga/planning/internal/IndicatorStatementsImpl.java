package org.minga.planning.internal;

import lombok.RequiredArgsConstructor;
import org.minga.planning.internal.domain.Target;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Upserts of targets and measurements. */
@RequiredArgsConstructor
class IndicatorStatementsImpl implements IndicatorStatements {

    private final JdbcClient jdbc;

    @Override
    public void putTarget(long indicatorId, Target target) {
        jdbc.sql("insert into indicator_target (indicator_id, period, value) values (:i, :p, :v) "
                + "on conflict (indicator_id, period) do update set value = excluded.value")
                .param("i", indicatorId).param("p", target.period()).param("v", target.value()).update();
    }

    @Override
    public boolean updateValue(long indicatorId, Periods.Period period, long territoryId, double value, String note,
            Integer expectedVersion) {
        return jdbc.sql("""
                update indicator_value set value = :v, note = :note, version = version + 1
                 where indicator_id = :i and period = :p and territory_id = :t
                   and (cast(:ver as integer) is null or version = :ver)""")
                .param("v", value).param("note", note).param("i", indicatorId).param("p", period.label())
                .param("t", territoryId).param("ver", expectedVersion).update() > 0;
    }

    @Override
    public void insertValue(long indicatorId, Periods.Period period, long territoryId, String territoryPath,
            double value, String note) {
        jdbc.sql("""
                insert into indicator_value (indicator_id, period, period_start, period_end, territory_id,
                                             territory_path, value, note)
                values (:i, :p, :s, :e, :t, :path, :v, :note)""")
                .param("i", indicatorId).param("p", period.label()).param("s", period.start())
                .param("e", period.end()).param("t", territoryId).param("path", territoryPath).param("v", value)
                .param("note", note).update();
    }
}
