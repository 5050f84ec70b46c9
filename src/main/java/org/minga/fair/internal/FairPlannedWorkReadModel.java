package org.minga.fair.internal;

import org.minga.planning.PlannedWork;
import org.minga.planning.PlannedWorkQueries;
import org.minga.planning.SqlPlannedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fairs as work that can be tied to a plan action (issue 23): planning lists them and shows them under the action. */
@Configuration(proxyBeanMethods = false)
class FairPlannedWorkReadModel {

    @Bean
    PlannedWork fairsAsPlannedWork(JdbcClient jdbc) {
        return new SqlPlannedWork(new PlannedWorkQueries(jdbc), "fair", "Jornada de servicios", """
                select f.id, f.name, f.fair_date, f.territory_name || ' · ' || f.site
                from fair f where f.jurisdiction_id = :j order by f.fair_date desc, f.id desc""");
    }
}
