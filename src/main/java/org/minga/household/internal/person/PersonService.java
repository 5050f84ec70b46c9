package org.minga.household.internal.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.Households.NewPerson;
import org.minga.household.Households.PersonRef;
import org.minga.household.PersonsMerged;
import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.household.internal.household.HouseholdView;
import org.minga.household.internal.shared.HouseholdFactsChanged;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.shared.ScopeQueries.Located;
import org.minga.household.internal.shared.Texts;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationTransfers;
import org.minga.privacy.AuthorizationWithdrawn;
import org.minga.privacy.Consents;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, corrects and merges persons: checks, the authorization before storing (Ley 1581 de 2012), the
 * aggregate's transition, the audit, and the events other owners react to.
 */
@Service
@RequiredArgsConstructor
public class PersonService {

    private final PersonRepository persons;
    private final PersonReadModel reads;
    private final HouseholdReadModel households;
    private final ScopeQueries access;
    private final Territories territories;
    private final Consents consents;
    private final AuthorizationTransfers transfers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    @Transactional
    public PersonView create(PersonCommand c, CurrentUser user) {
        access.requireWriter(user);
        Person.Placement place = placement(c, user);
        PersonView v = register(c, place, user);
        if (c.householdId() != null) {
            events.publishEvent(new HouseholdFactsChanged(c.householdId()));
        }
        return v;
    }

    /**
     * A person registered by another module (a fair's stand) in territory {@code territoryId}, by a user who records
     * personal data or registers attendance at fairs; the caller checked the territory.
     */
    @Transactional
    public PersonRef register(NewPerson n, long territoryId, CurrentUser user) {
        if (!access.allows(user, Capability.RECORD_PERSONAL_DATA)
                && !access.allows(user, Capability.REGISTER_AT_FAIRS)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no registra personas.");
        }
        TerritoryView t = territories.byId(territoryId)
                .orElseThrow(
                        () -> new ValidationException("territoryId", "El territorio " + territoryId + " no existe."));
        PersonCommand c = new PersonCommand(null, null, territoryId, n.documentType(), n.documentNumber(),
                n.firstName(),
                n.middleName(), n.lastName(), n.secondLastName(), n.birthDate(), n.sex(), null, null, false, false,
                n.populationGroups(), n.phone(), null, n.authorization(), null);
        PersonView v = register(c, new Person.Placement(t.jurisdictionId(), null, t.id(), t.path()), user);
        return new PersonRef(v.id(), v.jurisdictionId(), null, v.territoryId(), t.path(), v.fullName());
    }

    private PersonView register(PersonCommand c, Person.Placement place, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(place.jurisdictionId());
        List<FieldError> errors = new ArrayList<>();
        PersonChecks.Checked k = PersonChecks.check(c, j, null, errors, reads::byDocument, LocalDate.now(j.zoneId()));
        errors.addAll(consents.check(c.authorization(), k.minor(), k.sensitive()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Person p = persons.save(Person.register(null, place, PersonChecks.document(k), PersonChecks.names(c),
                PersonChecks.profile(c), user.username(), Instant.now()));
        long id = p.id().value();
        consents.grant(id, j.id(), c.authorization(), k.minor(), k.sensitive());
        PersonView v = reads.person(id);
        audit.record("CREATE", "Person", id, j.id(), "Persona " + v.documentType() + " " + Texts.nz(v.documentNumber()),
                null, v);
        return v;
    }

    @Transactional
    public PersonView update(long id, PersonCommand c, CurrentUser user) {
        access.requireWriter(user);
        access.person(id, user);
        PersonView before = reads.person(id);
        Person p = persons.findById(id).orElseThrow(() -> new NotFoundException("La persona " + id + " no existe."));
        p.requireUsable();
        Jurisdiction j = access.jurisdiction(p.jurisdictionId());
        List<FieldError> errors = new ArrayList<>();
        PersonChecks.Checked k = PersonChecks.check(c, j, id, errors, reads::byDocument, LocalDate.now(j.zoneId()));
        if (k.sensitive() && consents.ofPerson(id).stream().noneMatch(a -> a.active() && a.sensitiveData())) {
            errors.add(new FieldError("authorization.sensitiveData", "La autorización vigente no cubre datos sensibles "
                    + "(salud, etnia o discapacidad): registre una nueva autorización antes de guardarlos."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (c.authorization() != null) {
            consents.grant(id, j.id(), c.authorization(), k.minor(), k.sensitive());
        }
        p.requireVersion(c.version());
        p.correct(PersonChecks.document(k), PersonChecks.names(c), PersonChecks.profile(c), Instant.now());
        persons.save(p);
        PersonView after = reads.person(id);
        audit.record("UPDATE", "Person", id, j.id(), "Persona " + id, before, after);
        if (after.householdId() != null) {
            events.publishEvent(new HouseholdFactsChanged(after.householdId()));
        }
        return after;
    }

    private Person.Placement placement(PersonCommand c, CurrentUser user) {
        if (c.householdId() != null) {
            access.household(c.householdId(), user);
            HouseholdView h = households.household(c.householdId());
            return new Person.Placement(h.jurisdictionId(), h.id(), h.territoryId(), h.territoryPath());
        }
        if (c.territoryId() == null) {
            throw new ValidationException("householdId", "Indique el hogar de la persona o, si no pertenece a un hogar "
                    + "caracterizado, su territorio.");
        }
        TerritoryView t = territories.byId(c.territoryId())
                .orElseThrow(() -> new ValidationException("territoryId",
                        "El territorio " + c.territoryId() + " no existe."));
        if (!access.scope(user).includes(t.jurisdictionId(), t.path())) {
            throw new ValidationException("territoryId",
                    "El territorio " + t.name() + " está fuera de su alcance territorial.");
        }
        return new Person.Placement(t.jurisdictionId(), null, t.id(), t.path());
    }

    /**
     * Merges {@code duplicateId} into {@code keepId}: the duplicate's row stays as history; its records move to the
     * person kept, each by its owner (characterisations and alerts here, attentions on {@link PersonsMerged},
     * authorizations through the privacy module).
     */
    @Transactional
    public PersonView merge(long keepId, long duplicateId, CurrentUser user) {
        access.requireWriter(user);
        if (keepId == duplicateId) {
            throw new ValidationException("duplicateId", "Una persona no se fusiona consigo misma.");
        }
        Located keep = access.person(keepId, user);
        Located dup = access.person(duplicateId, user);
        if (keep.jurisdictionId() != dup.jurisdictionId()) {
            throw new ValidationException("duplicateId", "Solo se fusionan personas de la misma jurisdicción.");
        }
        PersonView k = reads.person(keepId);
        PersonView d = reads.person(duplicateId);
        Person kept = persons.findById(keepId).orElseThrow();
        Person duplicate = persons.findById(duplicateId).orElseThrow();
        kept.requireUsable();
        duplicate.mergeInto(kept.id(), Instant.now());
        events.publishEvent(new PersonsMerged(keepId, duplicateId, keep.jurisdictionId()));
        transfers.transferAuthorizations(duplicateId, keepId);
        persons.save(duplicate);
        audit.record("MERGE", "Person", keepId, keep.jurisdictionId(),
                "Persona " + duplicateId + " fusionada en " + keepId,
                d, k);
        return reads.person(keepId);
    }

    /** Every authorization of the person was withdrawn: the record stays and is no longer used. */
    @EventListener
    @Transactional
    public void onWithdrawn(AuthorizationWithdrawn e) {
        persons.findById(e.personId()).ifPresent(p -> {
            p.stopProcessing();
            persons.save(p);
        });
        audit.record("STOP_PROCESSING", "Person", e.personId(), e.jurisdictionId(),
                "Sin autorización vigente: los datos de la persona dejan de usarse", null, null);
    }
}
