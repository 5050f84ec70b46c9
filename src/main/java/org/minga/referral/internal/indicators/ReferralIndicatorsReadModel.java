package org.minga.referral.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The referral module's figures for planning and the situation room, as a read model (hand-written SQL run by
 * planning's {@code SqlIndicatorSource}), read from {@code referral_rollup} (referrals
 * by creation day, due day and status, kept by triggers, see {@code V213__referral_rollup.sql}).
 */
@Configuration(proxyBeanMethods = false)
class ReferralIndicatorsReadModel {

    static final String OPEN = "('CREATED', 'SENT', 'RECEIVED', 'ACCEPTED', 'IN_ATTENTION')";

    @Bean
    IndicatorSource referralsOpen(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "referral.open", "Remisiones abiertas",
                "Remisiones creadas hasta el fin del periodo que siguen sin atender, cerrar, rechazar ni cancelar.",
                "remisiones", IndicatorDirection.LOWER_IS_BETTER, false, false, """
                        select p.path, (select coalesce(sum(r.n), 0) from referral_rollup r
                                         where r.jurisdiction_id = :j and r.territory_path = p.path
                                           and r.status in %s and r.created_on <= :to)
                          from unnest(cast(:paths as text[])) as p(path)""".formatted(OPEN));
    }

    @Bean
    IndicatorSource referralsOverdue(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "referral.overdue", "Remisiones vencidas",
                "Remisiones abiertas cuyo plazo de respuesta venció antes del fin del periodo.",
                "remisiones", IndicatorDirection.LOWER_IS_BETTER, false, false,
                """
                        select p.path, (select coalesce(sum(r.n), 0) from referral_rollup r
                                         where r.jurisdiction_id = :j and r.territory_path = p.path
                                           and r.status in %s and r.created_on <= :to
                                           and r.due_on < least(cast(:to as date), (select (now() at time zone jz.time_zone)::date from jurisdiction jz where jz.id = :j)))
                          from unnest(cast(:paths as text[])) as p(path)"""
                        .formatted(OPEN));
    }

    @Bean
    IndicatorSource closedLoopShare(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "referral.closed-loop-share",
                "Remisiones cerradas con contrarreferencia",
                "Remisiones creadas en el periodo que la entidad atendió o cerró con contrarreferencia, sobre todas "
                        + "las remisiones enviadas en el periodo (sin contar las canceladas), en porcentaje.",
                "%", IndicatorDirection.HIGHER_IS_BETTER, false, true, """
                        select p.path, 100.0 * coalesce(sum(r.n) filter (where r.status in ('ATTENDED', 'CLOSED')), 0)
                                       / nullif(sum(r.n) filter (where r.status not in ('CREATED', 'CANCELLED')), 0)
                          from unnest(cast(:paths as text[])) as p(path)
                          left join referral_rollup r on r.jurisdiction_id = :j and r.territory_path = p.path
                           and r.created_on between :from and :to
                         group by p.path""");
    }

    /** Care routes started in the territory in the period (issue 22, the before/after report's interventions). */
    @Bean
    IndicatorSource referralsStarted(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "referral.started",
                "Remisiones de rutas de atención iniciadas",
                "Remisiones creadas en el periodo para personas del territorio, sin contar las canceladas.",
                "remisiones", IndicatorDirection.HIGHER_IS_BETTER, true, false, """
                        select p.path, (select coalesce(sum(r.n), 0) from referral_rollup r
                                         where r.jurisdiction_id = :j and r.territory_path = p.path
                                           and r.status <> 'CANCELLED' and r.created_on between :from and :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource referralsAnswered(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "referral.answered", "Remisiones respondidas",
                "Remisiones creadas en el periodo que la entidad ya atendió o cerró con contrarreferencia.",
                "remisiones", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                """
                        select p.path, (select coalesce(sum(r.n), 0) from referral_rollup r
                                         where r.jurisdiction_id = :j and r.territory_path = p.path
                                           and r.status in ('ATTENDED', 'CLOSED') and r.created_on between :from and :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
