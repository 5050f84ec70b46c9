package org.minga.planning.internal;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Planning's own figures for the situation room and computed indicators (issue 23): budget execution of the
 * action plans and their actions past their end date without being done. An action counts in the territory of
 * its plan.
 */
@Configuration(proxyBeanMethods = false)
class PlanningIndicatorsReadModel {

    @Bean
    IndicatorSource budgetExecution(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "planning.budget-execution",
                "Ejecución presupuestal de los planes de acción",
                "Valor ejecutado sobre valor planeado de los recursos de las acciones que se desarrollan en el "
                        + "periodo, todas las fuentes y entidades, por cien.",
                "%", IndicatorDirection.HIGHER_IS_BETTER, false, true,
                """
                        select p.path, (select 100.0 * sum(r.executed) / nullif(sum(r.planned), 0)
                                         from plan_action_resource r join plan_action a on a.id = r.plan_action_id
                                         join action_plan ap on ap.id = a.action_plan_id join plan pl on pl.id = ap.plan_id
                                         where pl.jurisdiction_id = :j and a.starts_on <= :to and a.ends_on >= :from
                                           and a.status <> 'CANCELLED'
                                           and pl.territory_path ~>=~ p.path and pl.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource overdueActions(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "planning.overdue-actions",
                "Acciones de planes de acción vencidas sin terminar",
                "Acciones cuya fecha de fin es anterior al cierre del periodo y que no están terminadas ni "
                        + "canceladas.",
                "acciones", IndicatorDirection.LOWER_IS_BETTER, false, false,
                """
                        select p.path, (select count(*) from plan_action a
                                         join action_plan ap on ap.id = a.action_plan_id join plan pl on pl.id = ap.plan_id
                                         where pl.jurisdiction_id = :j and a.ends_on < :to
                                           and a.status in ('PLANNED', 'IN_PROGRESS')
                                           and pl.territory_path ~>=~ p.path and pl.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    /** Plan actions that reached the territory in the period (issue 22, the before/after report). */
    @Bean
    IndicatorSource actionsReached(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "planning.actions-reached",
                "Acciones de planes que llegaron al territorio",
                "Acciones de planes de acción en curso o terminadas, con el territorio entre los suyos, cuyo periodo "
                        + "se cruza con el periodo.",
                "acciones", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                """
                        select p.path, (select count(distinct a.id) from plan_action a
                                         join plan_action_territory t on t.plan_action_id = a.id
                                         join action_plan ap on ap.id = a.action_plan_id
                                         where ap.jurisdiction_id = :j and a.starts_on <= :to and a.ends_on >= :from
                                           and a.status in ('IN_PROGRESS', 'DONE')
                                           and t.territory_path ~>=~ p.path and t.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
