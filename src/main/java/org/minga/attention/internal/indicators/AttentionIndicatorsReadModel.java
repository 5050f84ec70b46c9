package org.minga.attention.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attention module's figures for planning and the situation room, read from {@code attention_rollup} (kept by
 * triggers, see {@code V212__attention_rollup.sql}): one row per day for a territory instead of every attention.
 */
@Configuration(proxyBeanMethods = false)
class AttentionIndicatorsReadModel {

    @Bean
    IndicatorSource attentions(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "attention.count", "Atenciones",
                "Atenciones registradas en el periodo, en todos los entornos.", "atenciones",
                IndicatorDirection.HIGHER_IS_BETTER, true, false, """
                        select p.path, (select coalesce(sum(r.n), 0) from attention_rollup r
                                         where r.jurisdiction_id = :j and r.territory_path = p.path
                                           and r.day between :from and :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
