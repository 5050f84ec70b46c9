package org.minga.virtual.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The virtual territories' figures for planning and the situation room (issue 21), by the physical territory whose
 * team runs each virtual territory: reach, online sessions (and those of public-health education), their attendance
 * and the referrals started from them. Contributions heard online are participation's figure
 * ({@code participation.virtual-contributions}).
 */
@Configuration(proxyBeanMethods = false)
class VirtualIndicatorsReadModel {

    private static final String SESSIONS = """
            select p.path, (select %s from online_session s
                             where s.jurisdiction_id = :j and s.held_on between :from and :to
                               and s.territory_path ~>=~ p.path and s.territory_path ~<~ (p.path || '~') %s)
              from unnest(cast(:paths as text[])) as p(path)""";

    @Bean
    IndicatorSource virtualTerritoriesReach(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "virtual.reach", "Alcance de territorios virtuales",
                "Miembros de los territorios virtuales según su último conteo hasta el fin del periodo.", "personas",
                IndicatorDirection.HIGHER_IS_BETTER, false, false,
                """
                        select p.path, (select coalesce(sum((select r.members from virtual_territory_reach r
                                                               where r.virtual_territory_id = v.id and r.measured_on <= :to
                                                               order by r.measured_on desc limit 1)), 0)
                                          from virtual_territory v
                                         where v.jurisdiction_id = :j
                                           and v.territory_path ~>=~ p.path and v.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }

    @Bean
    IndicatorSource virtualOnlineSessions(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "virtual.online-sessions", "Sesiones en línea",
                "Sesiones pedagógicas o dialógicas en línea con fecha en el periodo.", "sesiones",
                IndicatorDirection.HIGHER_IS_BETTER, true, false, SESSIONS.formatted("count(*)", ""));
    }

    @Bean
    IndicatorSource virtualHealthEducationSessions(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "virtual.health-education-sessions",
                "Sesiones de educación para la salud en línea",
                "Sesiones en línea con un tema de salud pública con fecha en el periodo.", "sesiones",
                IndicatorDirection.HIGHER_IS_BETTER, true, false,
                SESSIONS.formatted("count(*)", "and s.health_topic is not null"));
    }

    @Bean
    IndicatorSource virtualOnlineAttendance(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "virtual.online-attendance",
                "Asistencia a sesiones en línea",
                "Asistencias registradas (por quien facilita o en el formulario público) a sesiones en línea"
                        + " con fecha en el periodo.",
                "asistencias", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                SESSIONS.formatted("count(a.*)", "").replace("from online_session s",
                        "from online_session s join online_session_attendance a on a.online_session_id = s.id"));
    }

    @Bean
    IndicatorSource virtualReferralsStarted(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "virtual.referrals-started",
                "Canalizaciones iniciadas desde territorios virtuales",
                "Canalizaciones de personas que las pidieron en un territorio virtual, iniciadas en el periodo.",
                "canalizaciones", IndicatorDirection.HIGHER_IS_BETTER, true, false,
                """
                        select p.path, (select count(*) from virtual_intake i join virtual_territory v on v.id = i.virtual_territory_id
                                         where v.jurisdiction_id = :j and i.kind = 'REFERRAL'
                                           and i.recorded_on between :from and :to
                                           and i.territory_path ~>=~ p.path and i.territory_path ~<~ (p.path || '~'))
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
