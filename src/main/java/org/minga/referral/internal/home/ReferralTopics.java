package org.minga.referral.internal.home;

import org.minga.platform.NotificationTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the referral module notifies, as people choose it on their notification preferences. */
@Configuration(proxyBeanMethods = false)
class ReferralTopics {

    @Bean
    NotificationTopic referralTopic() {
        return new NotificationTopic("referral", "Canalizaciones",
                "Canalizaciones que llegan a su entidad, respuestas a las que usted envió y canalizaciones vencidas.",
                10);
    }
}
