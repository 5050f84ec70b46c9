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
 * Each is one value per territory subtree, {@code x} being the rows counted (participants or assistance).
 */
@Configuration(proxyBeanMethods = false)
class TrainingIndicatorsReadModel {

    /** The query of a figure: {@code value} over {@code from} (whose rows are {@code x}) in each path's subtree. */
    private static String perSubtree(String value, String from) {
        return "select p.path, (select " + value + " from " + from + " and x.jurisdiction_id = :j"
                + " and x.territory_path ~>=~ p.path and x.territory_path ~<~ (p.path || '~'))"
                + " from unnest(cast(:paths as text[])) as p(path)";
    }

    /** Attendances of the period's sessions, {@code x} being the participant who attended. */
    private static final String ATTENDED = """
            training_attendance a join training_session s on s.id = a.session_id
            join training_participant x on x.id = a.participant_id where s.held_on between :from and :to""";

    @Bean
    IndicatorSource peopleTrained(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.people-trained", "Personas formadas",
                "Personas (funcionarios y agentes comunitarios) que completaron un programa de formación en el periodo.",
                "personas", IndicatorDirection.HIGHER_IS_BETTER, true, false, perSubtree("count(*)",
                        "training_participant x where x.status = 'COMPLETED' and x.completed_on between :from and :to"));
    }

    @Bean
    IndicatorSource trainingHours(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.hours", "Horas de formación",
                "Horas de las sesiones realizadas en el periodo por cada persona que asistió (horas-persona).",
                "horas", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                perSubtree("coalesce(sum(s.hours), 0)", ATTENDED));
    }

    @Bean
    IndicatorSource completionShare(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.completion-share",
                "Participantes que completaron su programa",
                "Participantes de los programas cerrados hasta el fin del periodo que lo completaron, sobre todos sus "
                        + "participantes.",
                "%", IndicatorDirection.HIGHER_IS_BETTER, false, true,
                perSubtree("100.0 * count(*) filter (where x.status = 'COMPLETED') / nullif(count(*), 0)",
                        "training_participant x join training_programme g on g.id = x.programme_id"
                                + " where g.status = 'CLOSED'"));
    }

    @Bean
    IndicatorSource satisfaction(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.satisfaction",
                "Asistencias a formación con satisfacción alta",
                "Asistencias a sesiones del periodo calificadas con 4 o 5 (de 1 a 5), sobre todas las calificadas.",
                "%", IndicatorDirection.HIGHER_IS_BETTER, false, true, perSubtree(
                        "100.0 * count(*) filter (where a.satisfaction >= 4) / nullif(count(a.satisfaction), 0)",
                        ATTENDED));
    }

    @Bean
    IndicatorSource technicalAssistance(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "training.technical-assistance",
                "Asistencias técnicas a territorios",
                "Visitas y acompañamientos de asistencia técnica realizados en el periodo en el territorio.",
                "asistencias", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                perSubtree("count(*)", "technical_assistance x where x.held_on between :from and :to"));
    }
}
