package org.minga.household.internal.indicators;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SqlIndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The care plans of settings (entornos cuidadores, issue 24) as figures, a read model for planning and the situation room: the
 * plans being followed at the end of the period per type of setting, and the open environmental actions of all of
 * them. Counts only: a setting is not a person, and no figure names one.
 */
@Configuration(proxyBeanMethods = false)
class SettingCarePlanReadModel {

    private static final String ACTIVE_OF_TYPE = """
            select p.path, (select count(*) from care_plan c join care_setting s on s.id = c.setting_id
                             where c.jurisdiction_id = :j and s.type = '%s'
                               and c.territory_path ~>=~ p.path and c.territory_path ~<~ (p.path || '~')
                               and c.opened_on <= :to and (c.closed_on is null or c.closed_on > :to))
              from unnest(cast(:paths as text[])) as p(path)""";

    private static IndicatorSource activeOfType(JdbcClient jdbc, String type, String key, String label) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "household.setting-care-plans." + key,
                "Planes de cuidado de entornos: " + label,
                "Planes de cuidado de entornos de tipo «" + label + "» en seguimiento al fin del periodo.", "planes",
                IndicatorDirection.HIGHER_IS_BETTER, false, false, ACTIVE_OF_TYPE.formatted(type));
    }

    @Bean
    IndicatorSource educationalSettingPlans(JdbcClient jdbc) {
        return activeOfType(jdbc, "EDUCATIVO", "educational", "educativo");
    }

    @Bean
    IndicatorSource workplaceSettingPlans(JdbcClient jdbc) {
        return activeOfType(jdbc, "LABORAL", "workplace", "laboral");
    }

    @Bean
    IndicatorSource communitySettingPlans(JdbcClient jdbc) {
        return activeOfType(jdbc, "COMUNITARIO", "community", "comunitario");
    }

    @Bean
    IndicatorSource institutionalSettingPlans(JdbcClient jdbc) {
        return activeOfType(jdbc, "INSTITUCIONAL", "institutional", "institucional");
    }

    @Bean
    IndicatorSource openEnvironmentalActions(JdbcClient jdbc) {
        return new SqlIndicatorSource(new SubtreeQueries(jdbc), "household.open-environmental-actions",
                "Acciones ambientales abiertas en planes de cuidado",
                "Acciones ambientales (agua, residuos, aire, vectores, espacio seguro) pendientes o en curso de los "
                        + "planes de cuidado activos, de hogares y de entornos, al fin del periodo.",
                "acciones", IndicatorDirection.LOWER_IS_BETTER, false, false,
                """
                        select p.path, (select count(*) from care_plan c join care_plan_action x on x.care_plan_id = c.id
                                         where c.jurisdiction_id = :j and c.status = 'ACTIVO' and x.category <> 'GENERAL'
                                           and c.territory_path ~>=~ p.path and c.territory_path ~<~ (p.path || '~')
                                           and x.status in ('PENDIENTE', 'EN_CURSO') and x.start_on <= :to)
                          from unnest(cast(:paths as text[])) as p(path)""");
    }
}
