package org.minga.governance.internal.domain;

import org.minga.platform.Aggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.minga.governance.internal.Gov.SessionStatus;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A session (sesión) of a body: when and where it meets, its agenda (which always opens with the review of the
 * commitments still open), its minutes (acta) and decisions. Writing the minutes or the attendance means it took
 * place; approving the minutes closes it, and from then on nothing of it changes ({@link #requireOpen()}).
 * Attendance rows are written through the repository's statements. Mapped by Spring Data JDBC to
 * {@code gov_session}.
 */
@Table("gov_session")
public class Session extends Aggregate<Session> {

    /** The first item of every agenda. */
    public static final String REVIEW_ITEM = "1. Seguimiento a los compromisos abiertos de la instancia.";

    /** When and where a session meets. */
    public record Schedule(Instant startsAt, Integer durationMin, String place, String link, String agenda) {
        public Schedule {
            List<FieldError> errors = new ArrayList<>();
            if (startsAt == null) {
                errors.add(new FieldError("startsAt", "Indique la fecha y hora de la sesión."));
            }
            if (durationMin != null && (durationMin < 10 || durationMin > 720)) {
                errors.add(new FieldError("durationMin", "La duración va de 10 a 720 minutos."));
            }
            if (link != null && !link.isBlank() && !link.strip().matches("(?i)https?://\\S+")) {
                errors.add(new FieldError("link", "El enlace debe empezar por http:// o https://."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    /** A closed session was asked to change. */
    public static class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A change made against a version other than the one stored. */
    public static class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private long jurisdictionId;
    private long bodyId;
    private int number;
    private Instant startsAt;
    private int durationMin;
    private String place;
    private String link;
    private String agenda;
    private String minutes;
    private String decisions;
    private SessionStatus status;
    private Instant circulatedAt;
    private Instant closedAt;
    private String closedBy;
    private Instant updatedAt;

    private Session() {
    }

    /** A new session of a body, number {@code number}, scheduled. */
    public static Session schedule(long jurisdictionId, long bodyId, int number, Schedule s, Instant now) {
        Session session = new Session();
        session.jurisdictionId = jurisdictionId;
        session.bodyId = bodyId;
        session.number = number;
        session.status = SessionStatus.SCHEDULED;
        session.apply(s, now);
        return session;
    }

    /** The agenda always opens with the review of open commitments. */
    public static String agenda(String items) {
        String rest = items == null ? "" : items.strip();
        if (rest.startsWith(REVIEW_ITEM)) {
            return rest;
        }
        return rest.isEmpty() ? REVIEW_ITEM : REVIEW_ITEM + "\n" + rest;
    }

    public void reschedule(Schedule s, int readVersion, Instant now) {
        requireCurrent(readVersion);
        apply(s, now);
    }

    public void writeMinutes(String minutes, String decisions, int readVersion, Instant now) {
        requireCurrent(readVersion);
        this.minutes = blank(minutes);
        this.decisions = blank(decisions);
        held(now);
    }

    /** The attendance was taken (its rows are the repository's): the session took place. */
    public void attendanceTaken(int readVersion, Instant now) {
        requireCurrent(readVersion);
        held(now);
    }

    /**
     * The technical secretariat circulates the draft acta to the members for their comments: the session must have
     * minutes. It may be circulated again after a correction.
     */
    public void circulate(int readVersion, Instant now) {
        requireCurrent(readVersion);
        if (minutes == null || minutes.isBlank()) {
            throw new ValidationException("minutes",
                    "El acta está vacía: escríbala y guárdela antes de enviarla a comentarios.");
        }
        circulatedAt = now;
        held(now);
    }

    /**
     * Approves the minutes and closes the session: it must have taken place, have minutes and its quorum.
     * {@code problems} are those only the service can tell (the quorum, with the numbers people read).
     */
    public void approve(String by, int readVersion, List<FieldError> problems, Instant now) {
        requireCurrent(readVersion);
        List<FieldError> errors = new ArrayList<>();
        if (minutes == null || minutes.isBlank()) {
            errors.add(new FieldError("minutes", "El acta está vacía: escríbala y guárdela antes de aprobarla."));
        }
        errors.addAll(problems);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        status = SessionStatus.CLOSED;
        closedAt = now;
        closedBy = by;
        updatedAt = now;
    }

    /** Refuses any change to a closed session. */
    public void requireOpen() {
        if (status == SessionStatus.CLOSED) {
            throw new Closed();
        }
    }

    private void requireCurrent(int readVersion) {
        requireOpen();
        requireVersion(readVersion, Stale::new);
    }

    private void held(Instant now) {
        if (status == SessionStatus.SCHEDULED) {
            status = SessionStatus.HELD;
        }
        updatedAt = now;
    }

    private void apply(Schedule s, Instant now) {
        startsAt = s.startsAt();
        durationMin = s.durationMin() == null ? 120 : s.durationMin();
        place = blank(s.place());
        link = blank(s.link());
        agenda = agenda(s.agenda());
        updatedAt = now;
    }

}
