package org.minga.platform.internal.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** A small, bounded pool: imports are heavy and the database is shared with people using the pages. */
@Configuration(proxyBeanMethods = false)
class ImportExecutorConfiguration {

    static final String EXECUTOR = "importExecutor";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor importExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("import-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(50);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
