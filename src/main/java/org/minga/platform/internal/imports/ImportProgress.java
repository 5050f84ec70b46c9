package org.minga.platform.internal.imports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Live progress of running jobs. Kept in memory because the rows being loaded live in an open transaction
 * that no other connection can see; job reads merge it in.
 */
@Component
class ImportProgress {

    record Snapshot(ImportStatus phase, int processed, int total) {
    }

    private final Map<Long, Snapshot> jobs = new ConcurrentHashMap<>();

    void phase(long jobId, ImportStatus phase, int total) {
        jobs.put(jobId, new Snapshot(phase, 0, total));
    }

    void processed(long jobId, int processed) {
        jobs.computeIfPresent(jobId, (id, s) -> new Snapshot(s.phase(), Math.max(0, processed), s.total()));
    }

    Snapshot of(long jobId) {
        return jobs.get(jobId);
    }

    void finished(long jobId) {
        jobs.remove(jobId);
    }
}
