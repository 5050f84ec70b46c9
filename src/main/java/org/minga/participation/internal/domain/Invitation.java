package org.minga.participation.internal.domain;

import java.time.Instant;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation to a participation space (convocatoria): who is invited, how to reach them, whether they confirmed
 * and whether they attended by name. Mapped by Spring Data JDBC to {@code space_invitation}; its phone calls are
 * rows of {@code space_call} written by the repository.
 */
@Table("space_invitation")
public class Invitation extends Aggregate<Invitation> {

    /** Who is invited, already resolved (an actor's or a person's name and contacts filled in). */
    public record Invitee(InviteeKind kind, Long actorId, Long personId, String valueGroup, String name, String email,
            String phone) {
    }

    private long spaceId;
    private InviteeKind kind;
    private Long actorId;
    private Long personId;
    private String valueGroup;
    private String name;
    private String email;
    private String phone;
    private InvitationStatus status;
    private Instant emailedAt;
    private Instant remindedAt;
    private boolean attended;

    private Invitation() {
    }

    public static Invitation of(long spaceId, Invitee i) {
        Invitation v = new Invitation();
        v.spaceId = spaceId;
        v.kind = i.kind();
        v.actorId = i.kind() == InviteeKind.ACTOR ? i.actorId() : null;
        v.personId = i.kind() == InviteeKind.PERSON ? i.personId() : null;
        v.valueGroup = i.valueGroup();
        v.name = i.name();
        v.email = i.email();
        v.phone = i.phone();
        v.status = InvitationStatus.INVITED;
        return v;
    }

    /**
     * Sets the confirmation and the attendance by name. A person is recorded by name only with an active
     * authorization to process their data ({@code consented}); otherwise they count in the counted attendance.
     */
    public void confirm(InvitationStatus newStatus, boolean nowAttended, boolean consented, int readVersion) {
        if (nowAttended && !attended && personId != null && !consented) {
            throw new ValidationException("attended",
                    name + " no tiene una autorización vigente para el tratamiento de sus datos:"
                            + " no se registra su asistencia con nombre; súmela a la asistencia contada.");
        }
        if (id() == null || version() != readVersion) {
            throw new ConflictException(
                    "La invitación de " + name + " cambió mientras la editaba: recargue la página.");
        }
        status = newStatus;
        attended = nowAttended;
    }

    /** A call's outcome sets the confirmation, except "call back", which leaves it as it was. */
    public void called(CallOutcome outcome) {
        if (outcome != CallOutcome.CALL_BACK) {
            status = InvitationStatus.valueOf(outcome.name());
        }
    }

    /** Whether the invitation (or, for a reminder, the reminder) is due by email. */
    public boolean awaitsMail(boolean reminder) {
        return reminder ? status == InvitationStatus.INVITED || status == InvitationStatus.CONFIRMED
                : emailedAt == null;
    }

    public void mailed(boolean reminder, Instant now) {
        if (reminder) {
            remindedAt = now;
        } else {
            emailedAt = now;
        }
    }

    public Long personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public boolean attended() {
        return attended;
    }
}
