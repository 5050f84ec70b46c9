package org.minga.territory.internal.variable;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.territory.internal.variable.VariableValueImportHandler.Known;
import org.minga.territory.internal.variable.VariableValueImportHandler.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The set-based SQL of a variable-values import: the territories to match codes against, and the upsert. */
@Repository
@RequiredArgsConstructor
class VariableValueRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    List<Known> territories(long jurisdictionId) {
        return jdbc.sql("select id, code, path from territory where jurisdiction_id = :j").param("j", jurisdictionId)
                .query((rs, n) -> new Known(rs.getLong("id"), rs.getString("code"), rs.getString("path"))).list();
    }

    /** One statement per chunk; returns how many rows were new. */
    int upsert(long jurisdictionId, List<Value> chunk) {
        Integer inserted = template.execute((ConnectionCallback<Integer>) con -> {
            Long[] territories = new Long[chunk.size()];
            Long[] variables = new Long[chunk.size()];
            Integer[] years = new Integer[chunk.size()];
            BigDecimal[] values = new BigDecimal[chunk.size()];
            String[] sources = new String[chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                Value v = chunk.get(i);
                territories[i] = v.territoryId();
                variables[i] = v.variableId();
                years[i] = v.year();
                values[i] = v.value();
                sources[i] = v.source();
            }
            try (PreparedStatement ps = con.prepareStatement("""
                    with input as (
                      select * from unnest(?::bigint[], ?::bigint[], ?::int[], ?::numeric[], ?::varchar[])
                        as u(territory_id, variable_id, year, value, source_note))
                    insert into variable_value (jurisdiction_id, territory_id, variable_id, year, value, source_note)
                    select ?, territory_id, variable_id, year, value, source_note from input
                    on conflict (territory_id, variable_id, year) do update
                      set value = excluded.value, source_note = excluded.source_note, updated_at = now()
                    returning (xmax = 0) as inserted""")) {
                ps.setArray(1, array(con, "bigint", territories));
                ps.setArray(2, array(con, "bigint", variables));
                ps.setArray(3, array(con, "integer", years));
                ps.setArray(4, array(con, "numeric", values));
                ps.setArray(5, array(con, "varchar", sources));
                ps.setLong(6, jurisdictionId);
                int count = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(1)) {
                            count++;
                        }
                    }
                }
                return count;
            }
        });
        return inserted == null ? 0 : inserted;
    }

    private static Array array(Connection con, String type, Object[] values) throws java.sql.SQLException {
        return con.createArrayOf(type, values);
    }
}
