package org.minga.governance.internal;

import org.minga.planning.PlannedWork;
import org.minga.planning.PlannedWorkQueries;
import org.minga.planning.SqlPlannedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Governance commitments as work that can be tied to a plan action (issue 23): planning lists and shows them. */
@Configuration(proxyBeanMethods = false)
class CommitmentPlannedWorkReadModel {

    @Bean
    PlannedWork commitmentsAsPlannedWork(JdbcClient jdbc) {
        return new SqlPlannedWork(new PlannedWorkQueries(jdbc), "commitment", "Compromiso de gobernanza", """
                select c.id, c.title, c.due_date, b.name
                from gov_commitment c join gov_body b on b.id = c.body_id
                where c.jurisdiction_id = :j order by c.due_date desc, c.id desc""");
    }
}
