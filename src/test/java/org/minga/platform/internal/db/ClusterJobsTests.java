package org.minga.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.ClusterJobs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every scheduled job runs on one node at a time (issue 19): two nodes whose clocks fire the same job at the same
 * moment do its work once, and the lock in PostgreSQL names the node that did it.
 */
@MingaTest
class ClusterJobsTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    ClusterJobs jobs;
    @Autowired
    JdbcClient jdbc;

    ClusterJobs node(String name) {
        return new ShedLockClusterJobs(
                new DefaultLockingTaskExecutor(ClusterJobsConfiguration.lockProvider(dataSource, name)),
                Duration.ofMinutes(30));
    }

    @Test
    void twoNodesFiringTheSameJobAtOnceDoItsWorkOnce() throws Exception {
        String job = "prueba-" + UUID.randomUUID().toString().substring(0, 8);
        List<ClusterJobs> nodes = List.of(node("nodo-a"), node("nodo-b"));
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = new ArrayList<>();
            for (ClusterJobs n : nodes) {
                ran.add(pool.submit(() -> {
                    start.await();
                    return n.once(job, Duration.ofSeconds(30), () -> {
                        done.incrementAndGet();
                        sleep(300);
                    });
                }));
            }
            start.countDown();
            int ranOn = 0;
            for (Future<Boolean> f : ran) {
                ranOn += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(done).hasValue(1);
            assertThat(ranOn).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        String holder = jdbc.sql("select locked_by from shedlock where name = :n").param("n", job)
                .query(String.class).single();
        assertThat(holder).isIn("nodo-a", "nodo-b");

        // a node whose clock fires the same round a moment later finds the lock kept and skips it
        assertThat(node("nodo-c").once(job, Duration.ofSeconds(30), done::incrementAndGet)).isFalse();
        assertThat(done).hasValue(1);
    }

    @Test
    void theNextRoundRunsAgainOnceTheLockIsReleased() {
        String job = "prueba-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger done = new AtomicInteger();
        assertThat(jobs.once(job, Duration.ZERO, done::incrementAndGet)).isTrue();
        assertThat(node("nodo-b").once(job, Duration.ZERO, done::incrementAndGet)).isTrue();
        assertThat(done).hasValue(2);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
