package org.minga.platform;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * Scheduled work that happens once however many Minga nodes share the database (issue 19). Every node runs the
 * same {@code @Scheduled} methods; each one hands its work to {@link #once}, which runs it only on the node that
 * takes the job's lock in PostgreSQL (ShedLock's table {@code shedlock}, the database's clock). A node that finds
 * the lock taken skips that round. {@code ArchitectureTests} checks that every {@code @Scheduled} method goes
 * through here, except the ones that tidy a node's own memory.
 */
public interface ClusterJobs {

    /**
     * Runs {@code work} unless another node (or thread) holds {@code job}'s lock; returns whether it ran. The lock
     * is kept at least {@code atLeast} after the start, so the same round fired a moment later on a node whose clock
     * is a little behind finds it taken: give it a little less than the job's interval. A node that dies holding the
     * lock loses it after {@code minga.cluster-jobs.lock-at-most} (30 minutes).
     */
    boolean once(String job, Duration atLeast, Runnable work);

    /**
     * The shape of the morning jobs (deadline notices, overdue marks): runs {@code work} once across the nodes, for
     * every jurisdiction on its own today, with the lock kept five minutes; returns whether it ran.
     */
    default boolean once(String job, Jurisdictions jurisdictions, BiConsumer<Jurisdiction, LocalDate> work) {
        return once(job, Duration.ofMinutes(5), () -> {
            for (Jurisdiction j : jurisdictions.all()) {
                work.accept(j, Times.todayIn(j.id()));
            }
        });
    }
}
