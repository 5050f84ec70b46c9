package org.minga.platform.internal.events;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of every {@code @Async} method and {@code @ApplicationModuleListener} (the reactions to domain events:
 * care-route progress, notifications, webhooks' outbox): a small bounded pool. Without it Spring found several
 * executors, none named {@code taskExecutor}, and fell back to a new thread per event: in the working day at city
 * scale (issue 26) every visit and referral transition started a thread that took a pooled connection at once, and
 * bursts of them made the pages wait for a connection. Bounded, the reactions queue behind each other instead; when the
 * queue is full the publishing thread runs the reaction itself (slower for that request, nothing lost), and events
 * not yet handled at a stop stay in the event-publication registry for the next start.
 */
@Configuration(proxyBeanMethods = false)
class EventExecutorConfiguration implements AsyncConfigurer {

    private final int threads;

    EventExecutorConfiguration(@Value("${minga.events.threads:2}") int threads) {
        this.threads = threads;
    }

    @Override
    public Executor getAsyncExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("event-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(10_000);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        executor.initialize();
        return executor;
    }
}
