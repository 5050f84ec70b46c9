package org.minga.platform.internal.db;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTTP sessions in PostgreSQL (Spring Session JDBC; tables {@code spring_session*} by Flyway, V480), so any node
 * serves any signed-in user and a user whose node stops goes on with the next one (issue 19). Declared here rather
 * than by Spring Boot's auto-configuration, whose bean name {@code sessionRepository} is taken by governance's
 * meeting sessions. Spring Session's own clean-up would run on every node: {@code ExpiredSessions} does it on one.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionStoreConfiguration {

    @Bean
    JdbcIndexedSessionRepository httpSessionRepository(DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(transactions));
        sessions.setDefaultMaxInactiveInterval(timeout);
        sessions.setCleanupCron(Scheduled.CRON_DISABLED);
        return sessions;
    }
}
