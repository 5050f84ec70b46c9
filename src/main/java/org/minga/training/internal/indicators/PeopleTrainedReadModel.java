package org.minga.training.internal.indicators;

import org.minga.planning.IndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.minga.training.internal.domain.Audience;
import org.minga.training.internal.domain.CapacityKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People trained by audience and by capacity type (issue 20, point 8): one {@link PeopleTrained} bean per audience
 * and per kind of capacity of the catalogue, so planning and the situation room offer each as a figure.
 */
@Configuration(proxyBeanMethods = false)
class PeopleTrainedReadModel {

    @Bean
    IndicatorSource trainedOfficials(JdbcClient jdbc) {
        return PeopleTrained.forAudience(new SubtreeQueries(jdbc), Audience.OFFICIALS);
    }

    @Bean
    IndicatorSource trainedExtramuralTeams(JdbcClient jdbc) {
        return PeopleTrained.forAudience(new SubtreeQueries(jdbc), Audience.EXTRAMURAL_TEAMS);
    }

    @Bean
    IndicatorSource trainedSurveyors(JdbcClient jdbc) {
        return PeopleTrained.forAudience(new SubtreeQueries(jdbc), Audience.SURVEYORS);
    }

    @Bean
    IndicatorSource trainedServicePointStaff(JdbcClient jdbc) {
        return PeopleTrained.forAudience(new SubtreeQueries(jdbc), Audience.SERVICE_POINT_STAFF);
    }

    @Bean
    IndicatorSource trainedCommunityAgents(JdbcClient jdbc) {
        return PeopleTrained.forAudience(new SubtreeQueries(jdbc), Audience.COMMUNITY_AGENTS);
    }

    @Bean
    IndicatorSource trainedLocalGovernments(JdbcClient jdbc) {
        return PeopleTrained.forAudience(new SubtreeQueries(jdbc), Audience.LOCAL_GOVERNMENTS);
    }

    @Bean
    IndicatorSource trainedInTechnicalCapacities(JdbcClient jdbc) {
        return PeopleTrained.forCapacityKind(new SubtreeQueries(jdbc), CapacityKind.TECHNICAL);
    }

    @Bean
    IndicatorSource trainedInTechnologicalCapacities(JdbcClient jdbc) {
        return PeopleTrained.forCapacityKind(new SubtreeQueries(jdbc), CapacityKind.TECHNOLOGICAL);
    }

    @Bean
    IndicatorSource trainedInRelationalCapacities(JdbcClient jdbc) {
        return PeopleTrained.forCapacityKind(new SubtreeQueries(jdbc), CapacityKind.RELATIONAL);
    }

    @Bean
    IndicatorSource trainedInAdministrativeCapacities(JdbcClient jdbc) {
        return PeopleTrained.forCapacityKind(new SubtreeQueries(jdbc), CapacityKind.ADMINISTRATIVE);
    }

    @Bean
    IndicatorSource trainedInAnalyticalCapacities(JdbcClient jdbc) {
        return PeopleTrained.forCapacityKind(new SubtreeQueries(jdbc), CapacityKind.ANALYTICAL);
    }
}
