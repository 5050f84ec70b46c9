package org.minga.offer.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The offer module's figures for planning and the situation room. */
@Configuration(proxyBeanMethods = false)
class OfferIndicatorsReadModel {

    /** A service counts in a territory when it is offered everywhere, or in a territory above, at or below it. */
    @Bean
    IndicatorSource servicesOffered(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "offer.services", "Servicios ofertados",
                "Servicios activos que se ofrecen en el territorio (en toda la jurisdicción o en un área que lo toca).",
                "servicios", IndicatorDirection.HIGHER_IS_BETTER, false, false,
                """
                        select p.path, (select count(*) from offer_service s
                                         where s.jurisdiction_id = :j and s.status = 'ACTIVE'
                                           and s.created_at < ((cast(:to as date) + 1)::timestamp at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))
                                           and (s.offered_everywhere or exists (
                                                select 1 from unnest(s.area_paths) as a(path)
                                                 where a.path like p.path || '%' or p.path like a.path || '%')))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
