package org.minga.platform.internal.db;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.minga.platform.ClusterJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lock every scheduled job takes before it works (issue 19): ShedLock on the primary database. */
@Configuration(proxyBeanMethods = false)
class ClusterJobsConfiguration {

    @Bean
    ClusterJobs clusterJobs(DataSource dataSource,
            @Value("${minga.cluster-jobs.lock-at-most:PT30M}") Duration atMost,
            @Value("${minga.node-name:}") String node) {
        // the lock names its holder: MINGA_NODE_NAME, or this host's name and process (two nodes may share a host)
        String holder = node == null || node.isBlank()
                ? hostName() + "/" + ProcessHandle.current().pid() : node.trim();
        return new ShedLockClusterJobs(new DefaultLockingTaskExecutor(lockProvider(dataSource, holder)), atMost);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "minga";
        }
    }

    /** The lock table on {@code dataSource}; {@code node} names the holder ({@code null}: this host's name). */
    static JdbcTemplateLockProvider lockProvider(DataSource dataSource, String node) {
        var config = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime();
        return new JdbcTemplateLockProvider((node == null ? config : config.withLockedByValue(node)).build());
    }
}
