package org.minga.actor.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.minga.actor.ActorSummary;
import org.minga.actor.internal.domain.ActorContact;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contact people of actors: shown to signed-in users of the jurisdiction (each read recorded), added, removed. */
@Service
class ActorContacts {

    private final ActorContactRepository contacts;
    private final ActorReadModel read;
    private final ActorQueries actors;
    private final Validator validator;
    private final AuditLog audit;

    ActorContacts(ActorContactRepository contacts, ActorReadModel read, ActorQueries actors, Validator validator,
            AuditLog audit) {
        this.contacts = contacts;
        this.read = read;
        this.actors = actors;
        this.validator = validator;
        this.audit = audit;
    }

    /** The contact people of an actor, for signed-in users of its jurisdiction; each read is recorded. */
    @Transactional
    List<ContactView> of(long actorId, CurrentUser user) {
        ActorSummary a = actors.requireVisible(actorId, user);
        List<ContactView> list = read.contacts(actorId);
        if (!list.isEmpty()) {
            audit.record("READ_PERSONAL_DATA", "actor_contact", null, a.jurisdictionId(),
                    "Consulta de " + list.size() + " persona(s) de contacto de " + a.name() + " por " + user.username(),
                    null, null);
        }
        return list;
    }

    @Transactional
    ContactView add(long actorId, ContactForm form, CurrentUser user) {
        ActorSummary a = actors.requireVisible(actorId, user);
        ActorService.requireEditor(user, a.jurisdictionId());
        List<FieldError> errors = Violations.of(validator, form);
        if (form.email() == null && form.phone() == null && errors.isEmpty()) {
            errors.add(new FieldError("email", "Indique un correo o un teléfono de la persona de contacto."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ActorContact saved = contacts.save(ActorContact.of(actorId, a.jurisdictionId(), form.fullName(),
                form.position(), form.email(), form.phone(), new ActorContact.Authorization(form.authorizedBy(),
                        form.authorizedAt(), form.authorizationPurpose(), form.authorizationChannel()),
                user.id()));
        // the audit keeps the authorization, not the person's data
        audit.record("CREATE", "actor_contact", saved.id(), a.jurisdictionId(), "Persona de contacto registrada en "
                + a.name() + " con autorización del " + form.authorizedAt() + " ("
                + form.authorizationChannel().strip() + ")", null,
                Map.of("actorId", actorId, "authorizedAt", form.authorizedAt().toString(),
                        "purpose", form.authorizationPurpose().strip()));
        return of(actorId, user).stream().filter(c -> c.id() == saved.id()).findFirst().orElseThrow();
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
