package org.minga.actor.internal.domain;

import java.time.LocalDate;

import org.minga.platform.ValidationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contact person of an actor (personal data, Ley 1581 de 2012): stored only with the authorization to treat the
 * data, which says who gave it, when, for what and how.
 */
@Table("actor_contact")
public class ActorContact {

    /** The authorization to treat a contact person's data. */
    public record Authorization(String by, LocalDate at, String purpose, String channel) {
        public Authorization {
            if (by == null || by.isBlank() || at == null || purpose == null || purpose.isBlank() || channel == null
                    || channel.isBlank()) {
                throw new IllegalArgumentException("A contact person is stored only with the whole authorization");
            }
        }
    }

    @Id
    private Long id;
    private long actorId;
    private long jurisdictionId;
    private String fullName;
    private String position;
    private String email;
    private String phone;
    private String authorizedBy;
    private LocalDate authorizedAt;
    private String authorizationPurpose;
    private String authorizationChannel;
    private long recordedBy;
    private LocalDate emailAcceptedOn;
    private String emailAcceptedRecordedBy;
    private LocalDate emailWithdrawnOn;

    private ActorContact() {
    }

    /** A contact person of an actor, with the authorization given, recorded by the user {@code recordedBy}. */
    public static ActorContact of(long actorId, long jurisdictionId, String fullName, String position, String email,
            String phone, Authorization auth, long recordedBy) {
        ActorContact c = new ActorContact();
        c.actorId = actorId;
        c.jurisdictionId = jurisdictionId;
        c.fullName = fullName.strip();
        c.position = blank(position);
        c.email = blank(email);
        c.phone = blank(phone);
        c.authorizedBy = auth.by().strip();
        c.authorizedAt = auth.at();
        c.authorizationPurpose = auth.purpose().strip();
        c.authorizationChannel = auth.channel().strip();
        c.recordedBy = recordedBy;
        return c;
    }

    /**
     * The contact person accepts invitations by e-mail (campaigns, issue 21) since {@code on}, as the user
     * {@code recordedBy} recorded it; refused without an e-mail or with a day after {@code today}.
     */
    public void acceptEmail(LocalDate on, String recordedBy, LocalDate today) {
        if (email == null) {
            throw new ValidationException("email", "Para aceptar invitaciones por correo indique el correo.");
        }
        if (on == null || on.isAfter(today)) {
            throw new ValidationException("emailAcceptedOn",
                    "Indique el día en que aceptó las invitaciones por correo (hoy o antes).");
        }
        emailAcceptedOn = on;
        emailAcceptedRecordedBy = recordedBy;
        emailWithdrawnOn = null;
    }

    /** The contact person unsubscribed: the acceptance goes, the day it went is kept. */
    public void withdrawEmail(LocalDate on) {
        emailAcceptedOn = null;
        emailAcceptedRecordedBy = null;
        emailWithdrawnOn = on;
    }

    public boolean acceptsEmail() {
        return emailAcceptedOn != null && email != null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long id() {
        return id;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public long actorId() {
        return actorId;
    }
}
