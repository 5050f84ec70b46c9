package org.minga.participation.internal.home;

import org.minga.platform.NotificationTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What participation notifies, as people choose it on their notification preferences. */
@Configuration(proxyBeanMethods = false)
class ParticipationTopics {

    @Bean
    NotificationTopic participationTopic() {
        return new NotificationTopic("participation", "Participación ciudadana",
                "Acciones de mejora que nacen de los aportes ciudadanos de sus territorios, y su cumplimiento.", 50);
    }
}
