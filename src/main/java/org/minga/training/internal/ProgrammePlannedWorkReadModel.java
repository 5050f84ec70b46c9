package org.minga.training.internal;

import org.minga.planning.PlannedWork;
import org.minga.planning.PlannedWorkQueries;
import org.minga.planning.SqlPlannedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Training programmes as work that can be tied to a plan action (issue 23), dated by their first session: planning
 * lists them and shows them under the action they serve.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammePlannedWorkReadModel {

    @Bean
    PlannedWork programmesAsPlannedWork(JdbcClient jdbc) {
        return new SqlPlannedWork(new PlannedWorkQueries(jdbc), "training-programme", "Programa de formación",
                """
                        select p.id, p.name, (select min(s.held_on) from training_session s where s.programme_id = p.id) as first_on,
                               p.code || ' · ' || p.responsible_actor
                        from training_programme p where p.jurisdiction_id = :j order by first_on desc nulls last, p.id desc""");
    }
}
