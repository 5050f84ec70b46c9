package org.minga.platform.internal.security;

import java.time.Duration;

import org.minga.platform.ClusterJobs;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the sessions that expired, once a minute on one node (Spring Session's own clean-up would run on every
 * node: {@code spring.session.jdbc.cleanup-cron} is off).
 */
@Component
record ExpiredSessions(JdbcIndexedSessionRepository sessions, ClusterJobs jobs) {

    @Scheduled(cron = "${minga.sessions.cleanup-cron:30 * * * * *}")
    void cleanUp() {
        jobs.once("session-cleanup", Duration.ofSeconds(5), sessions::cleanUpExpiredSessions);
    }
}
