package org.minga.platform.internal.rollup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The rollup compaction runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RollupScheduling {
}
