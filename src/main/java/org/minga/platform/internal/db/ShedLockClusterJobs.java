package org.minga.platform.internal.db;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.minga.platform.ClusterJobs;

/** {@link ClusterJobs} on ShedLock's JDBC provider: one row per job in {@code shedlock}, timed by the database. */
record ShedLockClusterJobs(LockingTaskExecutor locks, Duration atMost) implements ClusterJobs {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ShedLockClusterJobs.class);

    @Override
    public boolean once(String job, Duration atLeast, Runnable work) {
        Duration least = atLeast.compareTo(atMost) > 0 ? atMost : atLeast;
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = locks.executeWithLock(() -> {
                work.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), job, atMost, least));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (result.wasExecuted()) {
            log.debug("Trabajo {} hecho en este nodo", job);
        } else {
            log.debug("Trabajo {} omitido: otro nodo lo tiene", job);
        }
        return result.wasExecuted();
    }
}
