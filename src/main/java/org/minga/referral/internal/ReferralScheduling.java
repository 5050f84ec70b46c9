package org.minga.referral.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The overdue job and the webhook delivery worker run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReferralScheduling {
}
