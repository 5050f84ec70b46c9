package org.minga.privacy.internal.home;

import org.minga.platform.NotificationTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the privacy module notifies, as people choose it on their notification preferences. */
@Configuration(proxyBeanMethods = false)
class PrivacyTopics {

    @Bean
    NotificationTopic dataRequestTopic() {
        return new NotificationTopic("data-request", "Solicitudes de titulares",
                "Consultas y reclamos de titulares de datos cuyo plazo legal está por vencer.", 70);
    }
}
