package org.minga.platform.internal.rollup;

import java.util.List;

import org.minga.platform.ClusterJobs;
import org.minga.platform.Rollups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Folds the signed deltas of every rollup registered in {@code minga_rollup} into one row per key, each rollup in
 * one statement of its own ({@code minga_rollup_compact}: delete the rows of the keys that have more than one and
 * insert their sums, dropping keys whose sum is 0). Concurrent writers keep inserting deltas meanwhile: they never
 * wait on the compaction, and readers see either the deltas or their sum.
 */
@Service
record RollupCompaction(JdbcClient jdbc, ClusterJobs jobs) implements Rollups {

    private static final Logger log = LoggerFactory.getLogger(RollupCompaction.class);

    record Registered(String tableName, String keyColumns) {
    }

    @Override
    public long compact() {
        List<Registered> rollups = jdbc.sql("select table_name, key_columns from minga_rollup order by table_name")
                .query(Registered.class).list();
        long folded = 0;
        for (Registered r : rollups) {
            Long n = jdbc.sql("select minga_rollup_compact(:t, :k)").param("t", r.tableName())
                    .param("k", r.keyColumns()).query(Long.class).single();
            folded += n == null ? 0 : n;
        }
        return folded;
    }

    @Scheduled(initialDelayString = "${minga.rollup.compaction-interval:PT5M}", fixedDelayString = "${minga.rollup.compaction-interval:PT5M}")
    void scheduled() {
        jobs.once("rollup-compaction", java.time.Duration.ofSeconds(30), () -> {
            long t0 = System.nanoTime();
            long folded = compact();
            if (folded > 0) {
                log.info("Rollups compacted: {} delta rows folded in {} ms", folded,
                        (System.nanoTime() - t0) / 1_000_000);
            }
        });
    }
}
