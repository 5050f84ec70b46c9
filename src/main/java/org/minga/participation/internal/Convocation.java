package org.minga.participation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Labels;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.Households;
import org.minga.offer.ValueGroup;
import org.minga.participation.internal.InvitationReadModel.CallView;
import org.minga.participation.internal.InvitationReadModel.InvitationView;
import org.minga.participation.internal.SpaceReadModel.SpaceView;
import org.minga.participation.internal.domain.CallOutcome;
import org.minga.participation.internal.domain.Invitation;
import org.minga.participation.internal.domain.InvitationStatus;
import org.minga.participation.internal.domain.InviteeKind;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.minga.platform.Mail;
import org.minga.platform.NotFoundException;
import org.minga.platform.Times;
import org.minga.privacy.Consents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** The convocation of a space: invitations, emails and reminders, phone calls, confirmation and attendance. */
@Service
@RequiredArgsConstructor
class Convocation {

    record InvitationCommand(String kind, Long actorId, Long personId, String valueGroup, String name, String email,
            String phone) {
    }

    record CallCommand(String outcome, String notes) {
    }

    /** Serializable: the page after the redirect shows it from the session. */
    record SendResult(boolean mailConfigured, int sent, int withoutEmail) implements java.io.Serializable {
    }

    private final InvitationRepository repository;
    private final InvitationReadModel read;
    private final SpaceReadModel spaces;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Actors actors;
    private final Households households;
    private final Consents consents;
    private final Mail mail;
    private final Labels labels;

    boolean mailConfigured() {
        return mail.configured();
    }

    @Transactional
    InvitationView invite(long spaceId, InvitationCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = spaces.get(spaceId, user);
        List<FieldError> errors = new ArrayList<>();
        Invitation.Invitee invitee = invitee(c, s, user, errors);
        if (invitee.email() != null && !invitee.email().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            errors.add(new FieldError("email", "El correo '" + invitee.email() + "' no es válido."));
        }
        if (invitee.phone() != null && !invitee.phone().matches("^[+0-9 ()-]{5,40}$")) {
            errors.add(new FieldError("phone", "El teléfono solo admite dígitos, espacios, +, ( ) y guiones."));
        }
        if (invitee.name() != null && invitee.name().length() > 200) {
            errors.add(new FieldError("name", "El nombre admite 200 caracteres."));
        }
        Codes.throwIfAny(errors);
        long id = repository.save(Invitation.of(spaceId, invitee)).id().value();
        InvitationView v = read.invitation(id);
        audit.record("CREATE", "SpaceInvitation", id, s.jurisdictionId(),
                "Invitación de " + invitee.name() + " a " + s.title(), null, v);
        return v;
    }

    /** Who is invited, with the name and contacts of the actor or person filled in when not given. */
    private Invitation.Invitee invitee(InvitationCommand c, SpaceView s, CurrentUser user, List<FieldError> errors) {
        String name = blankToNull(c.name());
        String email = blankToNull(c.email());
        String phone = blankToNull(c.phone());
        InviteeKind kind = c.kind() == null ? null
                : labels.parse(InviteeKind.class, c.kind().strip()).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", "El tipo de invitado debe ser ACTOR, PERSON, VALUE_GROUP u OTHER."));
            return new Invitation.Invitee(null, null, null, null, name, email, phone);
        }
        switch (kind) {
            case ACTOR -> {
                Optional<ActorSummary> a = c.actorId() == null ? Optional.empty() : actors.byId(c.actorId());
                if (a.isEmpty() || a.get().jurisdictionId() != s.jurisdictionId()) {
                    errors.add(new FieldError("actorId", "Elija un actor (líder u organización) de la jurisdicción."));
                } else {
                    name = name == null ? a.get().displayName() : name;
                    email = email == null ? a.get().email() : email;
                    phone = phone == null ? a.get().phone() : phone;
                }
            }
            case PERSON -> name = person(c, s, user, name, errors);
            case VALUE_GROUP -> {
                return valueGroup(c, name, email, phone, errors);
            }
            case OTHER -> requireName(name, "Indique el nombre de la persona o la organización invitada.", errors);
        }
        return new Invitation.Invitee(kind, c.actorId(), c.personId(), null, name, email, phone);
    }

    private String person(InvitationCommand c, SpaceView s, CurrentUser user, String name, List<FieldError> errors) {
        if (c.personId() == null) {
            errors.add(new FieldError("personId", "Indique la persona a invitar."));
            return name;
        }
        Households.PersonRef p = households.requireUsablePerson(c.personId(), user);
        if (p.jurisdictionId() != s.jurisdictionId()) {
            errors.add(new FieldError("personId", "La persona es de otra jurisdicción."));
        }
        return name == null ? p.displayName() : name;
    }

    private static Invitation.Invitee valueGroup(InvitationCommand c, String name, String email, String phone,
            List<FieldError> errors) {
        Optional<ValueGroup> g = Labels.read(ValueGroup.class, c.valueGroup());
        if (g.isEmpty()) {
            errors.add(new FieldError("valueGroup",
                    "El grupo de valor debe ser uno de: " + Labels.allowedWords(ValueGroup.class) + "."));
        } else {
            requireName(name, "Indique a quién se convoca del grupo de valor (organización o vocero).", errors);
        }
        return new Invitation.Invitee(InviteeKind.VALUE_GROUP, null, null, g.map(Enum::name).orElse(null), name,
                email, phone);
    }

    private static void requireName(String name, String message, List<FieldError> errors) {
        if (name == null) {
            errors.add(new FieldError("name", message));
        }
    }

    List<InvitationView> invitations(long spaceId, CurrentUser user) {
        spaces.get(spaceId, user);
        return read.invitations(spaceId);
    }

    List<CallView> calls(long spaceId, CurrentUser user) {
        spaces.get(spaceId, user);
        return read.calls(spaceId);
    }

    private InvitationView invitationOf(long spaceId, long invitationId, CurrentUser user) {
        spaces.get(spaceId, user);
        InvitationView i = read.invitation(invitationId);
        if (i.spaceId() != spaceId) {
            throw new NotFoundException("La invitación " + invitationId + " no es de este espacio.");
        }
        return i;
    }

    /**
     * Emails the invitation (or, with {@code reminder}, a reminder to those invited or confirmed) to every invitee
     * with an address.
     */
    @Transactional
    SendResult sendInvitations(long spaceId, boolean reminder, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = spaces.get(spaceId, user);
        int sent = 0;
        int without = 0;
        for (Invitation i : repository.findAllById(read.invitations(spaceId).stream().map(InvitationView::id)
                .toList())) {
            if (!i.awaitsMail(reminder)) {
                continue;
            }
            if (i.email() == null) {
                without++;
            } else if (mail.send(i.email(), (reminder ? "Recordatorio: " : "Invitación: ") + s.title(),
                    invitationText(s, i.name(), reminder))) {
                sent++;
                i.mailed(reminder, Instant.now());
                repository.save(i);
            }
        }
        audit.record(reminder ? "REMIND" : "INVITE", "ParticipationSpace", spaceId, s.jurisdictionId(),
                (reminder ? "Recordatorios" : "Invitaciones") + " por correo: " + sent + " enviados, " + without
                        + " sin correo",
                null, null);
        return new SendResult(mail.configured(), sent, without);
    }

    private static String invitationText(SpaceView s, String name, boolean reminder) {
        return "Hola, " + name + ".\n\n"
                + (reminder ? "Le recordamos que le esperamos en " : "Le invitamos a participar en ")
                + s.title() + " el " + Times.DATE.format(s.heldOn())
                + (s.startTime() == null ? "" : " a las " + Times.TIME.format(s.startTime()))
                + (s.servicePoint() == null ? "" : " en " + s.servicePoint()) + " (" + s.territoryName()
                + "), durante " + s.durationMinutes() + " minutos.\nOrganiza: " + s.organiserName()
                + ".\n\nPor favor confirme su asistencia respondiendo a este correo.\n";
    }

    /** Emails the link of a published devolución to every invitee with an address. */
    void mailDevolution(SpaceView s, String link) {
        for (InvitationView i : read.invitations(s.id())) {
            if (i.email() != null) {
                mail.send(i.email(), "Devolución: " + s.title(), "Hola, " + i.name() + ".\n\nGracias por participar en "
                        + s.title() + ". Esto es lo que se hizo con cada aporte: " + link + "\n"
                        + (s.devolutionText() == null ? "" : "\n" + s.devolutionText() + "\n"));
            }
        }
    }

    /** Logs a phone call; its outcome updates the confirmation status. */
    @Transactional
    CallView logCall(long spaceId, long invitationId, CallCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        InvitationView before = invitationOf(spaceId, invitationId, user);
        List<FieldError> errors = new ArrayList<>();
        CallOutcome outcome = Codes.parse(labels, CallOutcome.class, c.outcome(), errors, "outcome",
                "El resultado de la llamada debe ser CONFIRMED, DECLINED, NO_ANSWER o CALL_BACK.");
        if (c.notes() != null && c.notes().length() > 500) {
            errors.add(new FieldError("notes", "Las notas de la llamada admiten 500 caracteres."));
        }
        Codes.throwIfAny(errors);
        long id = repository.appendCall(invitationId, outcome, blankToNull(c.notes()), user.username());
        Invitation i = repository.findById(invitationId).orElseThrow();
        i.called(outcome);
        repository.save(i);
        CallView v = read.calls(spaceId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("CALL", "SpaceInvitation", invitationId, spaces.view(spaceId).jurisdictionId(),
                "Llamada a " + before.name() + ": " + outcome.name(), before, v);
        return v;
    }

    /** Sets the confirmation status and named attendance of an invitee (see {@link Invitation#confirm}). */
    @Transactional
    InvitationView setStatus(long spaceId, long invitationId, String status, Boolean attended, Integer version,
            CurrentUser user) {
        scopes.requireWriter(user);
        InvitationView before = invitationOf(spaceId, invitationId, user);
        List<FieldError> errors = new ArrayList<>();
        InvitationStatus st = Codes.parse(labels, InvitationStatus.class,
                status == null ? before.status() : status, errors, "status",
                "La confirmación debe ser INVITED, CONFIRMED, DECLINED o NO_ANSWER.");
        if (version == null) {
            errors.add(new FieldError("version", "Envíe la versión que leyó."));
        }
        Codes.throwIfAny(errors);
        Invitation i = repository.findById(invitationId).orElseThrow();
        boolean nowAttended = attended == null ? i.attended() : attended;
        i.confirm(st, nowAttended, i.personId() == null || consents.hasActive(i.personId()), version);
        repository.save(i);
        InvitationView after = read.invitation(invitationId);
        audit.record("UPDATE", "SpaceInvitation", invitationId, spaces.view(spaceId).jurisdictionId(),
                "Confirmación y asistencia de " + before.name(), before, after);
        return after;
    }
}
