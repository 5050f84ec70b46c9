package org.minga.household.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The needs of a territory's households by category, for the crossing of needs with the response given (issue 22):
 * open alerts by the kind of rule that raised them, and the open needs of active care plans. Stocks at the end of
 * the period, like {@code household.open-alerts}.
 */
@Configuration(proxyBeanMethods = false)
class HouseholdNeedsReadModel {

    private static final String ALERTS_OF_KIND = """
            select p.path, (select count(*) from alert a join alert_rule r on r.id = a.rule_id
                             where a.jurisdiction_id = :j and r.kind = '%s'
                               and a.territory_path ~>=~ p.path and a.territory_path ~<~ (p.path || '~')
                               and a.created_at < ((cast(:to as date) + 1)::timestamp at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))
                               and (a.closed_at is null or a.closed_at >= ((cast(:to as date) + 1)::timestamp at time zone (select jz.time_zone from jurisdiction jz where jz.id = :j))))
              from unnest(cast(:paths as text[])) as p(path)""";

    private static IndicatorSource alertsOfKind(JdbcClient jdbc, String kind, String key, String label) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "household.open-alerts." + key,
                "Alertas abiertas: " + label,
                "Alertas de la regla de tipo «" + label + "» abiertas o en gestión al fin del periodo.", "alertas",
                IndicatorDirection.LOWER_IS_BETTER, false, false, ALERTS_OF_KIND.formatted(kind));
    }

    @Bean
    IndicatorSource pregnantAdolescentAlerts(JdbcClient jdbc) {
        return alertsOfKind(jdbc, "PREGNANT_ADOLESCENT", "pregnant-adolescent", "adolescente gestante");
    }

    @Bean
    IndicatorSource childVaccinationAlerts(JdbcClient jdbc) {
        return alertsOfKind(jdbc, "CHILD_VACCINATION", "child-vaccination", "vacunación infantil incompleta");
    }

    @Bean
    IndicatorSource householdScoreAlerts(JdbcClient jdbc) {
        return alertsOfKind(jdbc, "HOUSEHOLD_SCORE_ABOVE", "household-score", "puntaje de riesgo del hogar");
    }

    @Bean
    IndicatorSource disabilityAlerts(JdbcClient jdbc) {
        return alertsOfKind(jdbc, "DISABILITY_WITHOUT_CERTIFICATE", "disability",
                "discapacidad sin certificado");
    }

    @Bean
    IndicatorSource olderAdultAlerts(JdbcClient jdbc) {
        return alertsOfKind(jdbc, "OLDER_ADULT_ALONE", "older-adult-alone", "persona mayor sola");
    }

    @Bean
    IndicatorSource openCareNeeds(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "household.open-care-needs",
                "Necesidades abiertas en planes de cuidado",
                "Acciones pendientes o en curso de planes de cuidado familiar activos, acordadas hasta el fin del "
                        + "periodo (cada una responde a una necesidad del hogar).",
                "necesidades", IndicatorDirection.LOWER_IS_BETTER, false, false,
                """
                        select p.path, (select count(*) from care_plan c join care_plan_action x on x.care_plan_id = c.id
                                         where c.jurisdiction_id = :j and c.status = 'ACTIVO'
                                           and c.territory_path ~>=~ p.path and c.territory_path ~<~ (p.path || '~')
                                           and x.status in ('PENDIENTE', 'EN_CURSO') and x.start_on <= :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
