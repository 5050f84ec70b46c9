package org.minga.governance.internal.domain;

import org.minga.platform.Aggregate;
import java.time.Instant;

import org.minga.governance.internal.Gov.PetitionSource;
import org.minga.governance.internal.Gov.PetitionStatus;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A petition raised to a higher body's agenda (seed 004): from a lower body, or from a participation space (a
 * citizen petition, an improvement action). The higher body places it on one of its sessions and answers it; the
 * answer goes back where it came from. Raised → on the agenda → answered; an answer is final. Mapped by Spring Data
 * JDBC to {@code gov_petition}.
 */
@Table("gov_petition")
public class Petition extends Aggregate<Petition> {

    /** What is raised, every reference resolved: where it comes from, the body it goes to, the matter. */
    public record Draft(long jurisdictionId, String territoryPath, Long fromBodyId, PetitionSource source,
            String sourceReference, long toBodyId, String title, String description) {
        public Draft {
            if (title == null || title.isBlank()) {
                throw new ValidationException("title", "Escriba el asunto de la petición.");
            }
            if (title.strip().length() > 300) {
                throw new ValidationException("title", "El asunto de la petición admite hasta 300 caracteres.");
            }
            if (fromBodyId != null && fromBodyId == toBodyId) {
                throw new ValidationException("toBodyId", "Una instancia no se eleva una petición a sí misma.");
            }
            if ((source == PetitionSource.BODY) != (fromBodyId != null)) {
                throw new IllegalArgumentException("A petition from a body names the body, and only then: " + source);
            }
        }
    }

    private long jurisdictionId;
    private String territoryPath;
    private Long fromBodyId;
    private PetitionSource source;
    private String sourceReference;
    private long toBodyId;
    private String title;
    private String description;
    private String raisedBy;
    private Instant raisedAt;
    private PetitionStatus status;
    private Long sessionId;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    private Instant updatedAt;

    private Petition() {
    }

    public static Petition raise(Draft d, String by, Instant now) {
        Petition p = new Petition();
        p.jurisdictionId = d.jurisdictionId();
        p.territoryPath = d.territoryPath();
        p.fromBodyId = d.fromBodyId();
        p.source = d.source();
        p.sourceReference = blank(d.sourceReference());
        p.toBodyId = d.toBodyId();
        p.title = d.title().strip();
        p.description = blank(d.description());
        p.raisedBy = by;
        p.raisedAt = now;
        p.status = PetitionStatus.RAISED;
        p.updatedAt = now;
        return p;
    }

    public static ConflictException stale() {
        return new ConflictException(
                "Otra persona cambió la petición mientras usted la veía. Recargue la página y repita el cambio.");
    }

    /**
     * Places the petition on a session of the body it was raised to (again on another session while it is not
     * answered); refused for a session of another body or once answered.
     */
    public void placeOnAgenda(long sessionId, long sessionBodyId, int readVersion, Instant now) {
        requireVersion(readVersion, Petition::stale);
        requireOpen();
        if (sessionBodyId != toBodyId) {
            throw new ValidationException("sessionId",
                    "La sesión no es de la instancia a la que se elevó la petición.");
        }
        this.sessionId = sessionId;
        this.status = PetitionStatus.ON_AGENDA;
        this.updatedAt = now;
    }

    /** The higher body's answer, final: it goes back to where the petition came from. */
    public void answer(String text, String by, int readVersion, Instant now) {
        requireVersion(readVersion, Petition::stale);
        requireOpen();
        if (text == null || text.isBlank()) {
            throw new ValidationException("answer", "Escriba la respuesta de la instancia a la petición.");
        }
        this.answer = text.strip();
        this.answeredBy = by;
        this.answeredAt = now;
        this.status = PetitionStatus.ANSWERED;
        this.updatedAt = now;
    }

    private void requireOpen() {
        if (status == PetitionStatus.ANSWERED) {
            throw new ConflictException("La petición ya fue respondida: " + answer);
        }
    }

    public Long fromBodyId() {
        return fromBodyId;
    }

    public long toBodyId() {
        return toBodyId;
    }

    public String title() {
        return title;
    }

    public PetitionStatus status() {
        return status;
    }
}
