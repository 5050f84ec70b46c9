package org.minga.household.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The household module's figures for planning and the situation room, as a read model: each one hand-written SQL
 * over the module's own tables, run by planning's {@code SqlIndicatorSource}. People registered and households
 * characterised read the module's rollups ({@code person_rollup}, {@code household_characterised_rollup}, kept by
 * triggers, see {@code V211__household_rollups.sql}): one row per day for a territory instead of every person. Open
 * alerts read {@code alert_rollup} (V810: alerts by the jurisdiction's day they were opened and closed).
 */
@Configuration(proxyBeanMethods = false)
class HouseholdIndicatorsReadModel {

    @Bean
    IndicatorSource householdsCharacterised(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "household.characterised", "Hogares caracterizados",
                "Hogares con al menos una caracterización aplicada hasta el fin del periodo.", "hogares",
                IndicatorDirection.HIGHER_IS_BETTER, false, false,
                """
                        select p.path, (select coalesce(sum(r.n), 0) from household_characterised_rollup r
                                         where r.jurisdiction_id = :j and r.territory_path = p.path and r.first_on <= :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource peopleRegistered(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "household.people", "Personas registradas",
                "Personas registradas en hogares del territorio hasta el fin del periodo.", "personas",
                IndicatorDirection.HIGHER_IS_BETTER, false, false, """
                        select p.path, (select coalesce(sum(r.n), 0) from person_rollup r
                                         where r.jurisdiction_id = :j and r.territory_path = p.path and r.day <= :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource openAlerts(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "household.open-alerts", "Alertas abiertas",
                "Alertas de hogares o personas abiertas o en gestión al fin del periodo.", "alertas",
                IndicatorDirection.LOWER_IS_BETTER, false, false,
                """
                        select p.path, (select coalesce(sum(r.n), 0) from alert_rollup r
                                         where r.jurisdiction_id = :j and r.territory_path = p.path
                                           and r.opened_on <= :to and r.closed_on > :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
