package org.minga.platform.internal.imports;

import java.time.OffsetDateTime;
import java.util.List;

import org.minga.platform.ImportError;

/** An import job as the API answers it; {@code errors} is left out of lists. */
record ImportJobJson(long id, String type, String typeLabel, String filename, String jurisdiction,
        String jurisdictionName, String status, String statusLabel, boolean finished, int percent,
        int totalRows, int processedRows, int loadedRows, int errorCount, List<ImportError> errors,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime finishedAt, String message) {

    static ImportJobJson of(ImportJob job, String typeLabel, List<ImportError> errors) {
        return new ImportJobJson(job.id(), job.type(), typeLabel, job.filename(), job.jurisdictionCode(),
                job.jurisdictionName(), job.status().name(), job.status().label(), !job.status().running(),
                job.percent(), job.totalRows(), job.processedRows(), job.loadedRows(), job.errorCount(), errors,
                job.createdBy(), job.createdAt(), job.finishedAt(), job.message());
    }
}
