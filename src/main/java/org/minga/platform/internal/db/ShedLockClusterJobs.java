package org.minga.platform.internal.db;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.minga.platform.ClusterJobs;

/** {@link ClusterJobs} on ShedLock's JDBC provider: one row per job in {@code shedlock}, timed by the database. */
record ShedLockClusterJobs(LockingTaskExecutor locks, Duration atMost) implements ClusterJobs {

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
        return result.wasExecuted();
    }
}
