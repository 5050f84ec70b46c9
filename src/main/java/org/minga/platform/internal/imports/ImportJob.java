package org.minga.platform.internal.imports;

import java.time.OffsetDateTime;

/** An import job as stored, without the file and the errors (read those apart: they can be large). */
record ImportJob(long id, long jurisdictionId, String jurisdictionCode, String jurisdictionName, String type,
                 String filename, ImportStatus status, int totalRows, int processedRows, int loadedRows,
                 int errorCount, String createdBy, long createdById, Long createdByTerritoryId,
                 OffsetDateTime createdAt, OffsetDateTime finishedAt, String message) {

    /** The same job with the live progress of its running phase, which only this server's memory knows. */
    ImportJob withProgress(ImportProgress.Snapshot progress) {
        if (progress == null || !status.running()) {
            return this;
        }
        ImportStatus phase = progress.phase() == null ? status : progress.phase();
        return new ImportJob(id, jurisdictionId, jurisdictionCode, jurisdictionName, type, filename, phase,
                progress.total() > 0 ? progress.total() : totalRows, progress.processed(), loadedRows, errorCount,
                createdBy, createdById, createdByTerritoryId, createdAt, finishedAt, message);
    }

    int percent() {
        if (status == ImportStatus.DONE) {
            return 100;
        }
        return totalRows <= 0 ? 0 : (int) Math.min(100, (long) processedRows * 100 / totalRows);
    }
}
