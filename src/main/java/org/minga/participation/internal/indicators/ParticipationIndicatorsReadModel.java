package org.minga.participation.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The participation module's indicators for planning and the situation room, in SQL (the agenda of spaces is
 * {@link SpaceAgendaReadModel}).
 */
@Configuration(proxyBeanMethods = false)
class ParticipationIndicatorsReadModel {

    @Bean
    IndicatorSource workshopParticipants(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "participation.workshop-participants",
                "Participantes en talleres",
                "Suma de la asistencia contada en talleres territoriales y temáticos realizados en el periodo.",
                "personas", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                """
                        select p.path, (select coalesce(sum(s.counted_attendance), 0) from participation_space s
                                         where s.jurisdiction_id = :j and s.held_on between :from and :to
                                           and s.held_on <= (select (now() at time zone jz.time_zone)::date from jurisdiction jz where jz.id = :j)
                                           and s.kind in ('TERRITORIAL_WORKSHOP', 'THEMATIC_WORKSHOP')
                                           and s.territory_path ~>=~ p.path and s.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    /**
     * Stages of participatory processes done by their end date, among those due in the period: a process belongs to
     * its whole jurisdiction, so the figure is given for the jurisdiction's root territory (and absent below it).
     */
    @Bean
    IndicatorSource processStagesOnTime(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "participation.process-stages-on-time",
                "Etapas de procesos participativos a tiempo",
                "De las etapas de los procesos participativos cuya fecha de fin cae en el periodo y ya pasó (o que "
                        + "ya están hechas), porcentaje hecho a más tardar en su fecha de fin.",
                "%", IndicatorDirection.HIGHER_IS_BETTER, false, true,
                """
                        select p.path, (select 100.0 * count(*) filter (where s.status = 'DONE' and s.done_on <= s.ends_on)
                                               / nullif(count(*), 0)
                                          from process_stage s join participatory_process x on x.id = s.process_id
                                         where x.jurisdiction_id = :j and s.ends_on between :from and :to
                                           and (s.status = 'DONE' or s.ends_on < (select (now() at time zone jz.time_zone)::date
                                                                                    from jurisdiction jz where jz.id = :j)))
                          from unnest(cast(:paths as text[])) as p(path)
                         where exists (select 1 from territory t where t.jurisdiction_id = :j and t.parent_id is null
                                          and t.path ~>=~ p.path and t.path ~<~ (p.path || '~'))""");
    }

    @Bean
    IndicatorSource spacesHeld(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "participation.spaces-held",
                "Espacios de participación realizados",
                "Diálogos y talleres realizados en el periodo (hasta hoy).",
                "espacios", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                """
                        select p.path, (select count(*) from participation_space s
                                         where s.jurisdiction_id = :j and s.held_on between :from and :to
                                           and s.held_on <= (select (now() at time zone jz.time_zone)::date from jurisdiction jz where jz.id = :j)
                                           and s.territory_path ~>=~ p.path and s.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource virtualContributions(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "participation.virtual-contributions",
                "Aportes desde territorios virtuales",
                "Necesidades, sugerencias, quejas e ideas escuchadas en territorios virtuales y registradas como"
                        + " aportes en el periodo.",
                "aportes", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                """
                        select p.path, (select count(*) from contribution c join jurisdiction jz on jz.id = c.jurisdiction_id
                                         where c.jurisdiction_id = :j and c.virtual_territory_id is not null
                                           and (c.created_at at time zone jz.time_zone)::date between :from and :to
                                           and c.territory_path ~>=~ p.path and c.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
