package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The custom statements of {@link CommitmentRepository}: the rows that are not the commitment's own (co-responsible
 * actors, follow-up notes, evidence) and the daily set-based update that marks many commitments overdue at once.
 */
interface CommitmentStatements {

    /** A commitment's due date, title, responsible user and body, as the daily job and its notices need them. */
    record DueRow(long id, String title, Long userId, LocalDate due, String body) {
    }

    void addCoResponsible(long commitmentId, Collection<Long> actorIds);

    void addNote(long commitmentId, Long sessionId, String note, int progress, String author);

    long addEvidence(long commitmentId, String name, String url, String contentType, byte[] content, String author);

    /** Marks the open commitments of a jurisdiction due before {@code cutoff} overdue; answers those it marked. */
    List<DueRow> markOverdue(long jurisdictionId, LocalDate cutoff);
}
