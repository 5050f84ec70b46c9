package org.minga.practice.internal.home;

import org.minga.platform.NotificationTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the good-practice module notifies, as people choose it on their notification preferences. */
@Configuration(proxyBeanMethods = false)
class PracticeTopics {

    @Bean
    NotificationTopic evaluationTopic() {
        return new NotificationTopic("evaluation", "Evaluación de buenas prácticas",
                "Buenas prácticas que le asignan para evaluar.", 60);
    }
}
