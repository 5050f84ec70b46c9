package org.minga.governance.internal.domain;

import org.minga.platform.Aggregate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minga.governance.internal.Gov.CommitmentStatus;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A commitment (compromiso): something a body agreed, owned by an actor (and optionally a person and a Minga user),
 * due on a date, tracked to done. An open commitment whose due date is before the overdue cut-off (one whole
 * business day after it fell due) is {@link CommitmentStatus#OVERDUE}; its methods keep that rule, refuse a progress
 * outside 0..100 and a change against a version other than the one that was read.
 *
 * <p>Mapped by Spring Data JDBC to {@code gov_commitment}; its co-responsible actors, notes and evidence are rows of
 * their own, written through the repository's statements. The daily job marks overdue ones in one set-based update.
 */
@Table("gov_commitment")
public class Commitment extends Aggregate<Commitment> {

    /** What a new commitment needs, every reference already checked against its body, actors and users. */
    public record Draft(long jurisdictionId, long bodyId, Long sessionId, String territoryPath, String title,
            String description, Responsible responsible, String strategicGoal, List<String> sectors,
            LocalDate dueDate) {
        public Draft {
            if (title == null || title.isBlank()) {
                throw new ValidationException("title", "Escriba qué se compromete.");
            }
            if (dueDate == null) {
                throw new ValidationException("dueDate", "Indique la fecha límite o el plazo en días hábiles.");
            }
            sectors = List.copyOf(sectors);
        }
    }

    /** Who answers for it: an actor, and optionally a member of the body, a person's name and a Minga user. */
    public record Responsible(long actorId, Long memberId, String person, Long userId) {
    }

    /** A change of status and progress: what the audit and the follow-up note record. */
    public record Progress(CommitmentStatus from, CommitmentStatus to, int progress) {
    }

    private long jurisdictionId;
    private long bodyId;
    private Long sessionId;
    private String territoryPath;
    private String title;
    private String description;
    private long responsibleActorId;
    private Long responsibleMemberId;
    private String responsiblePerson;
    private Long responsibleUserId;
    private String strategicGoal;
    private String[] sectors;
    private LocalDate dueDate;
    private CommitmentStatus status;
    private int progress;
    private LocalDate completedOn;
    private Instant updatedAt;

    private Commitment() {
    }

    /** A new commitment: pending, or already overdue when its due date is before {@code overdueCutoff}. */
    public static Commitment create(Draft d, LocalDate overdueCutoff, Instant now) {
        Commitment c = new Commitment();
        c.jurisdictionId = d.jurisdictionId();
        c.bodyId = d.bodyId();
        c.sessionId = d.sessionId();
        c.territoryPath = d.territoryPath();
        c.title = d.title().strip();
        c.description = blank(d.description());
        c.responsibleActorId = d.responsible().actorId();
        c.responsibleMemberId = d.responsible().memberId();
        c.responsiblePerson = blank(d.responsible().person());
        c.responsibleUserId = d.responsible().userId();
        c.strategicGoal = blank(d.strategicGoal());
        c.sectors = d.sectors().toArray(new String[0]);
        c.dueDate = d.dueDate();
        c.status = d.dueDate().isBefore(overdueCutoff) ? CommitmentStatus.OVERDUE : CommitmentStatus.PENDING;
        c.progress = 0;
        c.updatedAt = now;
        return c;
    }

    /**
     * Records status and progress read at {@code readVersion}. Done means 100 %; an open status becomes overdue
     * past the cut-off, and an overdue one that is no longer past it is back in progress.
     */
    public Progress record(CommitmentStatus to, Integer newProgress, int readVersion, LocalDate overdueCutoff,
            LocalDate today, Instant now) {
        requireVersion(readVersion, Commitment::stale);
        CommitmentStatus from = status;
        CommitmentStatus next = to == null ? status : to;
        int p = newProgress == null ? progress : newProgress;
        if (p < 0 || p > 100) {
            throw new ValidationException("progress", "El avance es un porcentaje entre 0 y 100.");
        }
        if (next == CommitmentStatus.DONE) {
            p = 100;
        }
        if (next.open()) {
            next = dueDate.isBefore(overdueCutoff) ? CommitmentStatus.OVERDUE
                    : next == CommitmentStatus.OVERDUE ? CommitmentStatus.IN_PROGRESS : next;
        }
        completedOn = next == CommitmentStatus.DONE ? (completedOn == null ? today : completedOn) : null;
        status = next;
        progress = p;
        updatedAt = now;
        return new Progress(from, next, p);
    }

    public static ConflictException stale() {
        return new ConflictException(
                "Otra persona actualizó el compromiso mientras usted lo editaba. Recargue la página y repita su cambio.");
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String title() {
        return title;
    }

    public Long responsibleUserId() {
        return responsibleUserId;
    }
}
