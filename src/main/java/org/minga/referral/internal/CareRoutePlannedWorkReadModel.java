package org.minga.referral.internal;

import org.minga.planning.PlannedWork;
import org.minga.planning.PlannedWorkQueries;
import org.minga.planning.SqlPlannedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Care routes as work that can be tied to a plan action (issue 23): planning lists them and shows them. */
@Configuration(proxyBeanMethods = false)
class CareRoutePlannedWorkReadModel {

    @Bean
    PlannedWork careRoutesAsPlannedWork(JdbcClient jdbc) {
        return new SqlPlannedWork(new PlannedWorkQueries(jdbc), "care-route", "Ruta de atención", """
                select r.id, r.name, cast(null as date), r.code
                from care_route r where r.jurisdiction_id = :j order by r.name, r.id""");
    }
}
