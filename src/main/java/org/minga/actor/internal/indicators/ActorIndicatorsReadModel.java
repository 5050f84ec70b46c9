package org.minga.actor.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The actor module's figures for planning and the situation room. */
@Configuration(proxyBeanMethods = false)
class ActorIndicatorsReadModel {

    @Bean
    IndicatorSource socialAssets(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "actor.social-assets", "Activos sociales",
                "Activos sociales activos (lugares, grupos, líderes, programas) ubicados en el territorio.", "activos",
                IndicatorDirection.HIGHER_IS_BETTER, false, false,
                """
                        select p.path, (select count(*) from social_asset s
                                         where s.jurisdiction_id = :j and s.status = 'ACTIVE'
                                           and s.created_at < ((cast(:to as date) + 1)::timestamp at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))
                                           and s.territory_path ~>=~ p.path and s.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
