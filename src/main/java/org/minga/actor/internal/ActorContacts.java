package org.minga.actor.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorEmailContacts;
import org.minga.actor.ActorSummary;
import org.minga.actor.internal.domain.ActorContact;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.NotFoundException;
import org.minga.platform.PersonalDataReads;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact people of actors: shown to signed-in users of the jurisdiction (each read on the personal-data access
 * log), added, removed; those who accept invitations by e-mail, for campaigns, and their unsubscribe.
 */
@Service
@RequiredArgsConstructor
class ActorContacts implements ActorEmailContacts {

    private final ActorContactRepository contacts;
    private final ActorReadModel read;
    private final ActorQueries actors;
    private final Validator validator;
    private final AuditLog audit;
    private final PersonalDataReads accessLog;

    /** The contact people of an actor, for signed-in users of its jurisdiction; each read is recorded. */
    @Transactional
    List<ContactView> of(long actorId, CurrentUser user) {
        ActorSummary a = actors.requireVisible(actorId, user);
        List<ContactView> list = read.contacts(actorId);
        if (!list.isEmpty()) {
            audit.record("READ_PERSONAL_DATA", "actor_contact", null, a.jurisdictionId(),
                    "Consulta de " + list.size() + " persona(s) de contacto de " + a.name() + " por " + user.username(),
                    null, null);
            accessLog.logRead(PersonalDataReads.ACTOR_CONTACT, list.stream().map(ContactView::id).toList(),
                    a.jurisdictionId(), list.size() == 1 ? "VIEW" : "LIST");
        }
        return list;
    }

    @Override
    @Transactional
    public List<EmailContact> acceptingEmail(long jurisdictionId, Collection<Long> actorIds) {
        List<EmailContact> found = read.acceptingEmail(jurisdictionId, actorIds);
        accessLog.logRead(PersonalDataReads.ACTOR_CONTACT, found.stream().map(EmailContact::contactId).toList(),
                jurisdictionId, "LOOKUP");
        return found;
    }

    @Override
    @Transactional
    public boolean withdrawEmail(long contactId) {
        return contacts.findById(contactId).map(c -> {
            c.withdrawEmail(Times.todayIn(c.jurisdictionId()));
            contacts.save(c);
            audit.record("UPDATE", "actor_contact", contactId, c.jurisdictionId(),
                    "Persona de contacto retiró la aceptación de invitaciones por correo", null, null);
            return true;
        }).orElse(false);
    }

    @Transactional
    ContactView add(long actorId, ContactForm form, CurrentUser user) {
        ActorSummary a = actors.requireVisible(actorId, user);
        ActorService.requireEditor(user, a.jurisdictionId());
        List<FieldError> errors = Violations.of(validator, form);
        if (form.email() == null && form.phone() == null && errors.isEmpty()) {
            errors.add(new FieldError("email", "Indique un correo o un teléfono de la persona de contacto."));
        }
        if (Boolean.TRUE.equals(form.acceptsEmail()) && (form.email() == null || form.email().isBlank())
                && errors.isEmpty()) {
            errors.add(new FieldError("email", "Para aceptar invitaciones por correo indique el correo."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ActorContact contact = ActorContact.of(actorId, a.jurisdictionId(), form.fullName(), form.position(),
                form.email(), form.phone(), new ActorContact.Authorization(form.authorizedBy(), form.authorizedAt(),
                        form.authorizationPurpose(), form.authorizationChannel()),
                user.id());
        if (Boolean.TRUE.equals(form.acceptsEmail())) {
            contact.acceptEmail(form.authorizedAt(), user.username(), form.authorizedAt());
        }
        ActorContact saved = contacts.save(contact);
        // the audit keeps the authorization, not the person's data
        audit.record("CREATE", "actor_contact", saved.id(), a.jurisdictionId(), "Persona de contacto registrada en "
                + a.name() + " con autorización del " + form.authorizedAt() + " ("
                + form.authorizationChannel().strip() + ")", null,
                Map.of("actorId", actorId, "authorizedAt", form.authorizedAt().toString(),
                        "purpose", form.authorizationPurpose().strip()));
        return of(actorId, user).stream().filter(c -> c.id() == saved.id()).findFirst().orElseThrow();
    }

    /**
     * Records that a contact person accepts invitations by e-mail since {@code on} (recorded by the user; refused
     * without an e-mail or with a day to come).
     */
    @Transactional
    void acceptEmail(long actorId, long contactId, LocalDate on, CurrentUser user) {
        ActorSummary a = actors.requireVisible(actorId, user);
        ActorService.requireEditor(user, a.jurisdictionId());
        ActorContact c = contacts.findById(contactId).filter(x -> x.actorId() == actorId)
                .orElseThrow(() -> new NotFoundException("No existe la persona de contacto " + contactId + "."));
        c.acceptEmail(on, user.username(), Times.todayIn(a.jurisdictionId()));
        contacts.save(c);
        audit.record("UPDATE", "actor_contact", contactId, a.jurisdictionId(),
                "Persona de contacto de " + a.name() + " acepta invitaciones por correo desde el " + on, null, null);
    }

    /** Deletes a contact person (supresión, when the person asks or the relation ends). */
    @Transactional
    void remove(long actorId, long contactId, CurrentUser user) {
        ActorSummary a = actors.requireVisible(actorId, user);
        ActorService.requireEditor(user, a.jurisdictionId());
        if (contacts.deleteOfActor(contactId, actorId) == 0) {
            throw new NotFoundException("No existe la persona de contacto " + contactId + ".");
        }
        audit.record("DELETE", "actor_contact", contactId, a.jurisdictionId(),
                "Persona de contacto suprimida de " + a.name(), null, null);
    }
}
