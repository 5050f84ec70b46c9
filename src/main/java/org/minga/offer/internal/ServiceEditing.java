package org.minga.offer.internal;

import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.offer.internal.domain.Service;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and revises services: checks who may, lets {@link ServiceValidation} turn the form into the service's
 * terms, saves the {@link Service} aggregate (optimistic locking on its version) with its areas and places, and
 * audits the change.
 */
@org.springframework.stereotype.Service
@RequiredArgsConstructor
class ServiceEditing {

    static final String ENTITY = "service";

    private final ServiceRepository services;
    private final ServiceValidation validation;
    private final OfferReadModel read;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;
    private final Territories territories;

    static boolean canEdit(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_ACTORS_AND_OFFER, jurisdictionId);
    }

    static void requireEditor(CurrentUser user, long jurisdictionId) {
        if (!canEdit(user, jurisdictionId)) {
            throw new ForbiddenException(
                    "Su rol (" + user.role().label() + ") no registra ni modifica servicios de esta jurisdicción.");
        }
    }

    @Transactional
    public ServiceView create(ServiceForm form, CurrentUser user) {
        Jurisdiction j = jurisdictions.namedOrOwn(form.jurisdiction(), user);
        requireEditor(user, j.id());
        ServiceValidation.Valid v = validation.validate(form, j, user, null);
        long id = services.save(Service.register(j.id(), v.terms(), Instant.now())).id().value();
        services.replaceChildren(id, v.areas(), v.sisbenMask(), v.locations());
        ServiceView created = read.byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Servicio " + created.name() + " registrado", null, created);
        return created;
    }

    @Transactional
    public ServiceView update(long id, ServiceForm form, CurrentUser user) {
        ServiceView before = read.requireVisible(id, user);
        requireEditor(user, before.jurisdictionId());
        requireScopeCovers(user, before);
        if (form.version() == null) {
            throw new ValidationException("version", "Falta la versión del registro que editó; recargue la página.");
        }
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        ServiceValidation.Valid v = validation.validate(form, j, user, before);
        Service service = services.findById(id).orElseThrow();
        if (service.version() != form.version()) {
            throw stale();
        }
        service.revise(v.terms(), Instant.now());
        try {
            services.save(service);
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
        services.replaceChildren(id, v.areas(), v.sisbenMask(), v.locations());
        ServiceView after = read.byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, j.id(), "Servicio " + after.name() + " modificado", before, after);
        return after;
    }

    /** Creates the service with the form's code, or revises the one that has it (an import's row). */
    void upsert(ServiceForm form, Jurisdiction j, CurrentUser user) {
        Optional<Long> existing = read.idByCode(j.id(), form.code());
        if (existing.isEmpty()) {
            create(form, user);
        } else {
            update(existing.get(), form.withVersion(read.byId(existing.get()).orElseThrow().version()), user);
        }
    }

    private void requireScopeCovers(CurrentUser user, ServiceView s) {
        AccessScope scope = territories.scopeOf(user);
        if (!scope.narrowed()) {
            return;
        }
        if (s.offeredEverywhere() || s.areas().stream().anyMatch(a -> !scope.includes(s.jurisdictionId(), a.path()))) {
            throw new ForbiddenException(
                    "Este servicio se ofrece fuera de su territorio; solo lo modifica un usuario con alcance sobre todos sus territorios.");
        }
    }

    private static ConflictException stale() {
        return new ConflictException(
                "Otra persona modificó este servicio mientras usted lo editaba. Recargue y vuelva a intentar.");
    }
}
