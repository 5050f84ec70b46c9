package org.minga.participation.internal;

import org.minga.planning.PlannedWork;
import org.minga.planning.PlannedWorkQueries;
import org.minga.planning.SqlPlannedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The improvement actions of dialogues and the collective projects of participatory processes as work that can be
 * tied to a plan action (issue 23): planning lists them and shows them under the action they serve.
 */
@Configuration(proxyBeanMethods = false)
class ImprovementActionPlannedWorkReadModel {

    /** The kind of work an improvement action is for planning. */
    static final String KIND = "improvement-action";

    @Bean
    PlannedWork improvementActionsAsPlannedWork(JdbcClient jdbc) {
        return new SqlPlannedWork(new PlannedWorkQueries(jdbc), KIND, "Acción de mejora", """
                select a.id, a.title, a.due_on, a.owner
                from improvement_action a where a.jurisdiction_id = :j order by a.due_on desc, a.id desc""");
    }

    @Bean
    PlannedWork collectiveProjectsAsPlannedWork(JdbcClient jdbc) {
        return new SqlPlannedWork(new PlannedWorkQueries(jdbc), CollectiveProjects.KIND, "Proyecto colectivo", """
                select c.id, c.name, cast(c.created_at at time zone jz.time_zone as date), p.name
                from collective_project c join participatory_process p on p.id = c.process_id
                join jurisdiction jz on jz.id = c.jurisdiction_id
                where c.jurisdiction_id = :j order by c.created_at desc, c.id desc""");
    }
}
