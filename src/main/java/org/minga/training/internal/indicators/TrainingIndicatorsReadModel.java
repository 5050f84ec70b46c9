package org.minga.training.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The training module's figures for planning and the situation room: people trained (who completed a programme in
 * the period, where they work or live), training hours given, completion, satisfaction and technical assistance.
 */
@Configuration(proxyBeanMethods = false)
class TrainingIndicatorsReadModel {

    private static final String IN_SUBTREE = "x.territory_path ~>=~ p.path and x.territory_path ~<~ (p.path || '~')";

    @Bean
    IndicatorSource peopleTrained(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.people-trained", "Personas formadas",
                "Personas (funcionarios y agentes comunitarios) que completaron un programa de formación en el periodo.",
                "personas", IndicatorDirection.HIGHER_IS_BETTER, true, false, """
                        select p.path, (select count(*) from training_participant x
                                         where x.jurisdiction_id = :j and x.status = 'COMPLETED'
                                           and x.completed_on between :from and :to and""" + " " + IN_SUBTREE + """
                        )
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource trainingHours(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.hours", "Horas de formación",
                "Horas de las sesiones realizadas en el periodo por cada persona que asistió (horas-persona).",
                "horas", IndicatorDirection.HIGHER_IS_BETTER, true, false, """
                        select p.path, (select coalesce(sum(s.hours), 0) from training_attendance a
                                          join training_session s on s.id = a.session_id
                                          join training_participant x on x.id = a.participant_id
                                         where x.jurisdiction_id = :j and s.held_on between :from and :to and"""
                        + " " + IN_SUBTREE + """
                                )
                                  from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource completionShare(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.completion-share",
                "Participantes que completaron su programa",
                "Participantes de los programas cerrados hasta el fin del periodo que lo completaron, sobre todos sus "
                        + "participantes.",
                "%", IndicatorDirection.HIGHER_IS_BETTER, false, true, """
                        select p.path, (select 100.0 * count(*) filter (where x.status = 'COMPLETED')
                                               / nullif(count(*), 0)
                                          from training_participant x join training_programme g on g.id = x.programme_id
                                         where x.jurisdiction_id = :j and g.status = 'CLOSED' and"""
                        + " " + IN_SUBTREE + """
                                )
                                  from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource satisfaction(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.satisfaction",
                "Satisfacción con las sesiones de formación",
                "Promedio de la satisfacción (1 a 5) de quienes asistieron a sesiones del periodo y la calificaron.",
                "puntos (1-5)", IndicatorDirection.HIGHER_IS_BETTER, true, true, """
                        select p.path, (select avg(a.satisfaction) from training_attendance a
                                          join training_session s on s.id = a.session_id
                                          join training_participant x on x.id = a.participant_id
                                         where x.jurisdiction_id = :j and s.held_on between :from and :to and"""
                        + " " + IN_SUBTREE + """
                                )
                                  from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource technicalAssistance(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.technical-assistance",
                "Asistencias técnicas a territorios",
                "Visitas y acompañamientos de asistencia técnica realizados en el periodo en el territorio.",
                "asistencias", IndicatorDirection.HIGHER_IS_BETTER, true, false, """
                        select p.path, (select count(*) from technical_assistance x
                                         where x.jurisdiction_id = :j and x.held_on between :from and :to and"""
                        + " " + IN_SUBTREE + """
                                )
                                  from unnest(cast(:paths as text[])) as p(path)""");
    }
}
