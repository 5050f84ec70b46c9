package org.minga.governance.internal.domain;

import org.minga.platform.Aggregate;
import java.time.Instant;

import org.minga.governance.BarrierType;
import org.minga.governance.internal.Gov.BarrierKind;
import org.minga.governance.internal.Gov.BarrierStatus;
import org.minga.governance.internal.Gov.EscalationAction;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A barrier (barrera) or need a body cannot resolve, escalated both ways: raised at a body, escalated to the body
 * above, resolved where it is (the decision travels back to the body that raised it) or returned with guidance to the
 * body it came from. Once resolved or closed it does not move. Each move is an {@link Escalation} the trail keeps
 * ({@code gov_escalation}, written through the repository's statements). Mapped by Spring Data JDBC to
 * {@code gov_barrier}.
 */
@Table("gov_barrier")
public class Barrier extends Aggregate<Barrier> {

    /** What is raised, where and by which body (already checked against the territory and the offer). */
    public record Draft(long jurisdictionId, BarrierKind kind, BarrierType type, String title, String description,
            long territoryId, String territoryPath, long bodyId, String source, String sourceReference) {
    }

    /** An escalation (escalamiento): a move of the barrier from one body to another, kept in its trail. */
    public record Escalation(EscalationAction action, Long fromBodyId, long toBodyId, String note) {
    }

    private long jurisdictionId;
    private BarrierKind kind;
    @Column("barrier_type")
    private BarrierType type;
    private String title;
    private String description;
    private long territoryId;
    private String territoryPath;
    private long originBodyId;
    private long currentBodyId;
    private BarrierStatus status;
    private String decision;
    private String source;
    private String sourceReference;
    private Instant updatedAt;

    private Barrier() {
    }

    public static Barrier raise(Draft d, Instant now) {
        Barrier b = new Barrier();
        b.jurisdictionId = d.jurisdictionId();
        b.kind = d.kind();
        b.type = d.type();
        b.title = d.title().strip();
        b.description = blank(d.description());
        b.territoryId = d.territoryId();
        b.territoryPath = d.territoryPath();
        b.originBodyId = d.bodyId();
        b.currentBodyId = d.bodyId();
        b.status = BarrierStatus.OPEN;
        b.source = blank(d.source());
        b.sourceReference = blank(d.sourceReference());
        b.updatedAt = now;
        return b;
    }

    /** The first step of the trail: raised at its body. */
    public Escalation raised() {
        return new Escalation(EscalationAction.RAISED, null, originBodyId, description);
    }

    /** Passes the barrier to {@code parentBodyId}, the body above the one holding it. */
    public Escalation escalate(Long parentBodyId, String holderName, String note, int readVersion, Instant now) {
        requireMovable(readVersion);
        if (parentBodyId == null) {
            throw new ConflictException(holderName + " no tiene instancia superior: la barrera debe resolverse allí.");
        }
        requireNote(note, "Explique por qué se escala y qué se pide a la instancia superior.");
        return move(EscalationAction.ESCALATED, BarrierStatus.ESCALATED, parentBodyId, note, null, now);
    }

    /** Decides the barrier where it is now; the decision goes back to the body that raised it. */
    public Escalation resolve(String decision, int readVersion, Instant now) {
        requireMovable(readVersion);
        requireNote(decision, "Escriba la decisión tomada.");
        return move(EscalationAction.RESOLVED, BarrierStatus.RESOLVED, originBodyId, decision, decision.strip(), now);
    }

    /** Returns the barrier, with guidance, to {@code fromBodyId}: the body that escalated it here. */
    public Escalation returnTo(long fromBodyId, String guidance, int readVersion, Instant now) {
        requireMovable(readVersion);
        if (currentBodyId == originBodyId) {
            throw new ConflictException("La barrera está en la instancia que la presentó: no hay a quién devolverla.");
        }
        requireNote(guidance, "Escriba la orientación con la que se devuelve.");
        return move(EscalationAction.RETURNED, BarrierStatus.RETURNED, fromBodyId, guidance, guidance.strip(), now);
    }

    private Escalation move(EscalationAction action, BarrierStatus to, long toBody, String note, String decided,
            Instant now) {
        Escalation step = new Escalation(action, currentBodyId, toBody, note);
        status = to;
        currentBodyId = toBody;
        if (decided != null) {
            decision = decided;
        }
        updatedAt = now;
        return step;
    }

    private void requireMovable(int readVersion) {
        if (status == BarrierStatus.RESOLVED || status == BarrierStatus.CLOSED) {
            throw new ConflictException("La barrera ya fue " + (status == BarrierStatus.CLOSED ? "cerrada" : "resuelta")
                    + ": " + decision);
        }
        requireVersion(readVersion, Barrier::stale);
    }

    public static ConflictException stale() {
        return new ConflictException("Otra persona actuó sobre la barrera mientras usted la leía. Recargue la página.");
    }

    private static void requireNote(String note, String message) {
        if (note == null || note.isBlank()) {
            throw new ValidationException("note", message);
        }
    }

    public long currentBodyId() {
        return currentBodyId;
    }

    public long originBodyId() {
        return originBodyId;
    }
}
