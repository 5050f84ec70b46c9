package org.minga.platform;

/**
 * Rollups: counts kept by the module that owns the data, in its own migration, as insert-only signed deltas
 * maintained by statement-level triggers (see {@code V210__rollups.sql}: {@code minga_path_prefixes},
 * {@code minga_rollup_triggers} and the {@code minga_rollup} register). A rollup row counts the facts of a key
 * (jurisdiction, an ancestor territory path of the fact, dates, status...) in its signed column {@code n}; a figure is
 * {@code sum(n)} over its key, right before and after compaction. The platform folds the deltas of every registered
 * rollup every few minutes ({@code minga.rollup.compaction-interval}, default 5 minutes).
 */
public interface Rollups {

    /** Folds the deltas of every registered rollup into one row per key now; answers the delta rows folded. */
    long compact();
}
