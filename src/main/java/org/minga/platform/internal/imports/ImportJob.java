package org.minga.platform.internal.imports;

import java.time.OffsetDateTime;

/** An import job as stored, without the file and the errors (read those apart: they can be large). */
record ImportJob(long id, long jurisdictionId, String jurisdictionCode, String jurisdictionName, String timeZone,
        String type,
        String filename, ImportStatus status, int totalRows, int processedRows, int loadedRows,
        int errorCount, String createdBy, long createdById, Long createdByTerritoryId,
        OffsetDateTime createdAt, OffsetDateTime finishedAt, String message) {

    /** The same job with the live progress of its running phase, which only this server's memory knows. */
    ImportJob withProgress(ImportProgress.Snapshot progress) {
        if (progress == null || !status.running()) {
            return this;
        }
        ImportStatus phase = progress.phase() == null ? status : progress.phase();
        return new ImportJob(id, jurisdictionId, jurisdictionCode, jurisdictionName, timeZone, type, filename, phase,
                progress.total() > 0 ? progress.total() : totalRows, progress.processed(), loadedRows, errorCount,
                createdBy, createdById, createdByTerritoryId, createdAt, finishedAt, message);
    }

    /** When the job was created, in the jurisdiction's time zone, as people read it. */
    public String createdAtText() {
        return local(createdAt);
    }

    public String finishedAtText() {
        return local(finishedAt);
    }

    private String local(OffsetDateTime at) {
        return at == null ? ""
                : at.atZoneSameInstant(java.time.ZoneId.of(timeZone)).format(org.minga.platform.Times.DATE_TIME);
    }

    public int percent() {
        if (status == ImportStatus.DONE) {
            return 100;
        }
        return totalRows <= 0 ? 0 : (int) Math.min(100, (long) processedRows * 100 / totalRows);
    }
}
