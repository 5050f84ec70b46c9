package org.minga.territory.internal.prioritization;

import java.util.Optional;

import org.minga.territory.TerritoryRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The summaries of a saved run and of a social variable that other modules show beside a link to them. */
@Component
record TerritoryRecordsReadModel(JdbcClient jdbc) implements TerritoryRecords {

    @Override
    public Optional<RunSummary> run(long jurisdictionId, long runId) {
        return jdbc.sql("""
                select r.id, r.name, r.year, r.level_name, r.scored_count,
                       (select territory_name from prioritization_result x where x.run_id = r.id and x.rank = 1 limit 1)
                from prioritization_run r where r.id = :id and r.jurisdiction_id = :j""")
                .param("id", runId).param("j", jurisdictionId)
                .query((rs, n) -> new RunSummary(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6)))
                .optional();
    }

    @Override
    public Optional<Long> firstRunId(long jurisdictionId) {
        return jdbc.sql("select id from prioritization_run where jurisdiction_id = :j order by id limit 1")
                .param("j", jurisdictionId).query(Long.class).optional();
    }

    @Override
    public Optional<VariableSummary> variable(long jurisdictionId, String codeOrId) {
        return jdbc.sql("""
                select v.id, v.name, v.unit,
                       (select max(year) from variable_value x where x.variable_id = v.id),
                       (select count(*) from variable_value x where x.variable_id = v.id)
                from social_variable v where v.jurisdiction_id = :j and (v.code = :r or cast(v.id as text) = :r)""")
                .param("j", jurisdictionId).param("r", codeOrId)
                .query((rs, n) -> new VariableSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getLong(5)))
                .optional();
    }
}
