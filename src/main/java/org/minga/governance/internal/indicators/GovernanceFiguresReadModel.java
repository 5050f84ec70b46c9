package org.minga.governance.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The governance module's figures for planning and the situation room, as the SQL that computes them. The
 * commitment figures read {@code gov_commitment_rollup} (commitments by creation day, due date and status, kept by
 * triggers, see {@code V214__governance_rollup.sql}).
 */
@Configuration(proxyBeanMethods = false)
class GovernanceFiguresReadModel {

    @Bean
    IndicatorSource commitmentsPending(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "governance.commitments-pending",
                "Compromisos pendientes",
                "Compromisos de las instancias pendientes, en curso o vencidos (sin cumplir ni cancelar).",
                "compromisos", IndicatorDirection.LOWER_IS_BETTER, false, false,
                """
                        select p.path, (select coalesce(sum(c.n), 0) from gov_commitment_rollup c
                                         where c.jurisdiction_id = :j and c.territory_path = p.path
                                           and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.created_on <= :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource commitmentsOverdue(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "governance.commitments-overdue",
                "Compromisos vencidos",
                "Compromisos sin cumplir cuya fecha límite pasó antes del fin del periodo.",
                "compromisos", IndicatorDirection.LOWER_IS_BETTER, false, false,
                """
                        select p.path, (select coalesce(sum(c.n), 0) from gov_commitment_rollup c
                                         where c.jurisdiction_id = :j and c.territory_path = p.path
                                           and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE')
                                           and c.due_on < least(cast(:to as date), (select (now() at time zone jz.time_zone)::date from jurisdiction jz where jz.id = :j)))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource commitmentsFulfilledShare(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "governance.commitments-fulfilled-share",
                "Compromisos cumplidos",
                "Compromisos con fecha límite en el periodo que se cumplieron, sobre todos los que vencían en el "
                        + "periodo (sin los cancelados), en porcentaje.",
                "%", IndicatorDirection.HIGHER_IS_BETTER, false, true, """
                        select p.path, 100.0 * coalesce(sum(c.n) filter (where c.status = 'DONE'), 0)
                                       / nullif(sum(c.n) filter (where c.status <> 'CANCELLED'), 0)
                          from unnest(cast(:paths as text[])) as p(path)
                          left join gov_commitment_rollup c on c.jurisdiction_id = :j and c.territory_path = p.path
                           and c.due_on between :from and :to
                         group by p.path""");
    }

    /** Demonstration exercises that reached the territory in the period (issue 22, the before/after report). */
    @Bean
    IndicatorSource demonstrationExercises(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "governance.demonstration-exercises",
                "Ejercicios demostrativos realizados",
                "Ejercicios demostrativos del territorio, en curso o evaluados, cuyo periodo (de inicio a fin; sin "
                        + "fechas, abierto) se cruza con el periodo.",
                "ejercicios", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                """
                        select p.path, (select count(*) from gov_exercise e
                                         where e.jurisdiction_id = :j and e.status <> 'PLANNED'
                                           and coalesce(e.start_date, :to) <= :to and coalesce(e.end_date, :from) >= :from
                                           and e.territory_path ~>=~ p.path and e.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource commitmentsFulfilled(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "governance.commitments-fulfilled",
                "Compromisos cumplidos (número)",
                "Compromisos de las instancias con fecha límite en el periodo que se cumplieron.", "compromisos",
                IndicatorDirection.HIGHER_IS_BETTER, true, false, """
                        select p.path, (select coalesce(sum(c.n), 0) from gov_commitment_rollup c
                                         where c.jurisdiction_id = :j and c.territory_path = p.path
                                           and c.status = 'DONE' and c.due_on between :from and :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
