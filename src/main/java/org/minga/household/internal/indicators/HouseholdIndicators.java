package org.minga.household.internal.indicators;

import org.minga.planning.Direction;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The household module's figures for planning and the situation room. */
@Configuration(proxyBeanMethods = false)
class HouseholdIndicators {

    @Bean
    IndicatorSource householdsCharacterised(JdbcClient jdbc) {
        return new SqlIndicatorSource(jdbc, "household.characterised", "Hogares caracterizados",
                "Hogares con al menos una caracterización aplicada hasta el fin del periodo.", "hogares",
                Direction.HIGHER_IS_BETTER, false, false, """
                select p.path, (select count(distinct c.household_id) from characterization c
                                 where c.jurisdiction_id = :j and c.answered_on <= :to
                                   and c.territory_path ~>=~ p.path and c.territory_path ~<~ (p.path || '~'))
                  from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource peopleRegistered(JdbcClient jdbc) {
        return new SqlIndicatorSource(jdbc, "household.people", "Personas registradas",
                "Personas registradas en hogares del territorio hasta el fin del periodo.", "personas",
                Direction.HIGHER_IS_BETTER, false, false, """
                select p.path, (select count(*) from person x
                                 where x.jurisdiction_id = :j and x.created_at < cast(:to as date) + 1
                                   and x.territory_path ~>=~ p.path and x.territory_path ~<~ (p.path || '~'))
                  from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource openAlerts(JdbcClient jdbc) {
        return new SqlIndicatorSource(jdbc, "household.open-alerts", "Alertas abiertas",
                "Alertas de hogares o personas abiertas o en gestión al fin del periodo.", "alertas",
                Direction.LOWER_IS_BETTER, false, false, """
                select p.path, (select count(*) from alert a
                                 where a.jurisdiction_id = :j
                                   and a.territory_path ~>=~ p.path and a.territory_path ~<~ (p.path || '~')
                                   and a.created_at < cast(:to as date) + 1
                                   and (a.closed_at is null or a.closed_at >= cast(:to as date) + 1))
                  from unnest(cast(:paths as text[])) as p(path)""");
    }
}
