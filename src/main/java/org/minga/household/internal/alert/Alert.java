package org.minga.household.internal.alert;

import java.time.Instant;

import org.minga.household.internal.shared.StateTransitionRefused;
import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An alert a rule raised on a household or one of its members (alerta). It is handled by a field team and closed
 * with a note saying how it was handled; a closed alert is history and changes no more.
 */
@Table("alert")
public class Alert extends Aggregate<Alert> {

    /** How long a closing can be taken back. */
    public static final java.time.Duration UNDO_WINDOW = java.time.Duration.ofMinutes(10);

    private long jurisdictionId;
    private long ruleId;
    private long householdId;
    private Long personId;
    private String territoryPath;
    private String severity;
    private Long fieldTeamId;
    private AlertStatus status;
    private String detail;
    private java.time.LocalDate dueOn;
    private Instant closedAt;
    private String closingNote;
    private AlertStatus closedFrom;

    private Alert() {
    }

    /** Moves the alert to {@code target}: reopened, taken in hand, or closed with its note. */
    public void moveTo(AlertStatus target, String note, Long team, Instant now) {
        if (target == null) {
            throw new ValidationException("status", "El estado debe ser ABIERTA, EN_GESTION o CERRADA.");
        }
        switch (target) {
            case ABIERTA -> reopen(note, team);
            case EN_GESTION -> takeInHand(note, team);
            case CERRADA -> close(note, team, now);
        }
    }

    public void reopen(String note, Long team) {
        requireNotClosed();
        annotate(note, team);
        this.status = AlertStatus.ABIERTA;
    }

    public void takeInHand(String note, Long team) {
        requireNotClosed();
        annotate(note, team);
        this.status = AlertStatus.EN_GESTION;
    }

    /** Closes the alert; the note says how it was handled. Closing twice is refused. */
    public void close(String note, Long team, Instant now) {
        requireNotClosed();
        if (note == null || note.isBlank()) {
            throw new ValidationException("note", "Para cerrar la alerta escriba cómo se gestionó.");
        }
        annotate(note, team);
        this.closedFrom = status;
        this.status = AlertStatus.CERRADA;
        this.closedAt = now;
    }

    /**
     * Takes a closing back: within {@link #UNDO_WINDOW} of it, the alert returns to the status it had. Refused for
     * an alert not closed through {@link #close}, or once the window has passed.
     */
    public void undoClose(Instant now) {
        if (status != AlertStatus.CERRADA || closedFrom == null || closedAt == null) {
            throw new StateTransitionRefused("La alerta no está cerrada: no hay cierre que deshacer.");
        }
        if (now.isAfter(closedAt.plus(UNDO_WINDOW))) {
            throw new StateTransitionRefused("El cierre ya no se puede deshacer: pasaron más de "
                    + UNDO_WINDOW.toMinutes() + " minutos.");
        }
        this.status = closedFrom;
        this.closedFrom = null;
        this.closedAt = null;
    }

    private void annotate(String note, Long team) {
        if (note != null && !note.isBlank()) {
            this.closingNote = note.strip();
        }
        if (team != null) {
            this.fieldTeamId = team;
        }
        this.closedAt = null;
    }

    private void requireNotClosed() {
        if (status == AlertStatus.CERRADA) {
            throw new StateTransitionRefused("La alerta ya está cerrada.");
        }
    }

    public void requireVersion(Integer seen) {
        requireVersion(seen == null ? -1 : seen,
                () -> new ConflictException("Otra persona modificó esta alerta; recargue la página."));
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public AlertStatus status() {
        return status;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closingNote() {
        return closingNote;
    }

    public Long fieldTeamId() {
        return fieldTeamId;
    }

    /** An alert as stored, for tests and for the repository. */
    static Alert of(long jurisdictionId, long ruleId, long householdId, Long personId, String path, String severity,
            AlertStatus status, String detail, java.time.LocalDate dueOn) {
        Alert a = new Alert();
        a.jurisdictionId = jurisdictionId;
        a.ruleId = ruleId;
        a.householdId = householdId;
        a.personId = personId;
        a.territoryPath = path;
        a.severity = severity;
        a.status = status;
        a.detail = detail;
        a.dueOn = dueOn;
        return a;
    }
}
