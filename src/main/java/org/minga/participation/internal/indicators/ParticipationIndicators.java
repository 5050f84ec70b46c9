package org.minga.participation.internal.indicators;

import java.time.LocalDate;
import java.util.List;

import org.minga.dashboard.AgendaSource;
import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The participation module's figures and agenda (participatory spaces) for planning and the situation room. */
@Configuration(proxyBeanMethods = false)
class ParticipationIndicators {

    @Bean
    IndicatorSource workshopParticipants(JdbcClient jdbc) {
        return new SqlIndicatorSource(jdbc, "participation.workshop-participants", "Participantes en talleres",
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

    @Bean
    IndicatorSource spacesHeld(JdbcClient jdbc) {
        return new SqlIndicatorSource(jdbc, "participation.spaces-held", "Espacios de participación realizados",
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
    AgendaSource spacesAgenda(JdbcClient jdbc) {
        return new AgendaSource() {
            @Override
            public String label() {
                return "Espacios de participación";
            }

            @Override
            public List<AgendaItem> upcoming(long jurisdictionId, String territoryPath, LocalDate from, LocalDate to,
                    int limit) {
                return jdbc.sql("""
                        select s.id, s.title, s.held_on, s.start_time, s.service_point, t.name as territory_name
                          from participation_space s join territory t on t.id = s.territory_id
                         where s.jurisdiction_id = :j and s.territory_path like :prefix
                           and s.held_on between :from and :to
                         order by s.held_on, s.start_time nulls last, s.id limit :limit""")
                        .param("j", jurisdictionId).param("prefix", territoryPath + "%").param("from", from)
                        .param("to", to).param("limit", limit)
                        .query((rs, n) -> {
                            java.sql.Time time = rs.getTime("start_time");
                            LocalDate day = rs.getDate("held_on").toLocalDate();
                            return new AgendaItem("Espacio de participación", rs.getString("title"),
                                    time == null ? day.atStartOfDay() : day.atTime(time.toLocalTime()),
                                    rs.getString("service_point"), rs.getString("territory_name"),
                                    "/participation/spaces/" + rs.getLong("id"));
                        })
                        .list();
            }
        };
    }
}
