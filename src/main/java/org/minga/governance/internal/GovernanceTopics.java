package org.minga.governance.internal;

import org.minga.platform.NotificationTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What governance notifies, as people choose it on their notification preferences. */
@Configuration(proxyBeanMethods = false)
class GovernanceTopics {

    @Bean
    NotificationTopic sessionTopic() {
        return new NotificationTopic("session", "Sesiones de las instancias",
                "Convocatorias a sesiones de las instancias de las que es integrante, con su agenda, y actas aprobadas.",
                20);
    }

    @Bean
    NotificationTopic commitmentTopic() {
        return new NotificationTopic("commitment", "Compromisos",
                "Compromisos a su cargo: asignados, por vencer y vencidos.", 30);
    }

    @Bean
    NotificationTopic barrierTopic() {
        return new NotificationTopic("barrier", "Barreras",
                "Barreras levantadas, escaladas o decididas en sus territorios.", 40);
    }

    @Bean
    NotificationTopic petitionTopic() {
        return new NotificationTopic("petition", "Peticiones entre instancias",
                "Peticiones que una instancia eleva a otra superior, puestas en su agenda y respondidas.", 45);
    }
}
