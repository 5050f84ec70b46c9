package org.minga.attention.internal.indicators;

import org.minga.planning.Direction;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The attention module's figures for planning and the situation room. */
@Configuration(proxyBeanMethods = false)
class AttentionIndicators {

    @Bean
    IndicatorSource attentions(JdbcClient jdbc) {
        return new SqlIndicatorSource(jdbc, "attention.count", "Atenciones",
                "Atenciones registradas en el periodo, en todos los entornos.", "atenciones",
                Direction.HIGHER_IS_BETTER, true, false, """
                select p.path, (select count(*) from attention a
                                 where a.jurisdiction_id = :j and a.attended_on between :from and :to
                                   and a.territory_path ~>=~ p.path and a.territory_path ~<~ (p.path || '~'))
                  from unnest(cast(:paths as text[])) as p(path)""");
    }
}
