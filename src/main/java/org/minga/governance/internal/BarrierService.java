package org.minga.governance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Identity;
import org.minga.platform.Labels;
import org.minga.governance.BarrierType;
import org.minga.governance.Barriers;
import org.minga.governance.RaiseBarrier;
import org.minga.governance.internal.BarrierReadModel.BarrierView;
import org.minga.governance.internal.BarrierReadModel.StepView;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.Gov.BarrierKind;
import org.minga.governance.internal.Gov.BarrierStatus;
import org.minga.governance.internal.domain.Barrier;
import org.minga.governance.internal.domain.BarrierEvents.BarrierDecided;
import org.minga.governance.internal.domain.BarrierEvents.BarrierEscalated;
import org.minga.governance.internal.domain.BarrierEvents.BarrierRaised;
import org.minga.offer.ServiceOffer;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Barriers and needs a body cannot resolve, escalated both ways: a local body raises one; the body above (the
 * zonal table) resolves it, returns it with guidance, or escalates it to the macro level; the decision travels back
 * and is visible at the body where it started. The moves are {@link Barrier}'s; every step is kept in the trail
 * (gov_escalation); who is told follows the events ({@link BarrierReactions}).
 */
@Service
@RequiredArgsConstructor
public class BarrierService implements Barriers {

    public record BarrierForm(Long bodyId, String kind, String type, String title, String description,
            String territoryCode, List<Long> serviceIds) {
    }

    public record StepForm(String note, Integer version) {
    }

    private final Labels labels;
    private final BarrierRepository repository;
    private final BarrierReadModel read;
    private final BodyService bodies;
    private final Access access;
    private final AuditLog audit;
    private final Territories territories;
    private final ServiceOffer offer;
    private final ApplicationEventPublisher events;

    public Optional<BarrierView> byId(long id) {
        return read.byId(id);
    }

    public BarrierView requireVisible(long id, CurrentUser user) {
        return access.requireVisible(read.byId(id), user, "la barrera " + id);
    }

    /** Barriers the user sees, optionally those raised at or now held by one body. */
    public PageResult<BarrierView> list(Jurisdiction j, CurrentUser user, Long bodyId, String status,
            PageRequest page) {
        return read.list(j.id(), access.prefix(user), bodyId, labels.parse(BarrierStatus.class, status).orElse(null),
                page);
    }

    public List<StepView> trail(long barrierId) {
        return read.trail(barrierId);
    }

    /** Trail steps the user sees (API /escalations). */
    public PageResult<StepView> steps(Jurisdiction j, CurrentUser user, Long barrierId, PageRequest page) {
        return read.steps(j.id(), access.prefix(user), barrierId, page);
    }

    // ---- raising -----------------------------------------------------------------------------------

    @Override
    public Optional<Long> localBodyFor(long territoryId) {
        return territories.byId(territoryId).flatMap(t -> read.localBodyFor(t.jurisdictionId(), t.path()));
    }

    @Override
    @Transactional
    public long raise(RaiseBarrier r, CurrentUser user) {
        TerritoryView t = territories.byId(r.territoryId()).filter(x -> x.jurisdictionId() == r.jurisdictionId())
                .orElseThrow(() -> new ValidationException("territoryId",
                        "No existe el territorio " + r.territoryId() + " en la jurisdicción."));
        Long bodyId = r.bodyId() != null ? r.bodyId() : localBodyFor(t.id()).orElse(null);
        if (bodyId == null) {
            throw new ValidationException("bodyId",
                    "Ninguna mesa local cubre el territorio " + t.name() + ": indique la instancia.");
        }
        BodyView body = bodies.byId(bodyId).filter(b -> b.jurisdictionId() == r.jurisdictionId()).orElseThrow(
                () -> new ValidationException("bodyId", "No existe la instancia " + bodyId + " en la jurisdicción."));
        return insert(body, t, BarrierKind.BARRIER, r.type(), r.title(), r.description(), r.serviceIds(), r.source(),
                r.sourceReference(), user, new ArrayList<>());
    }

    @Transactional
    public BarrierView raise(BarrierForm f, CurrentUser user) {
        if (f.bodyId() == null) {
            throw new ValidationException("bodyId", "Indique la instancia que presenta la barrera.");
        }
        BodyView body = bodies.requireVisible(f.bodyId(), user);
        access.requireEditor(user, body.jurisdictionId(), body.territoryPath(), "las barreras de " + body.name());
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = territories.byId(body.territoryId()).orElseThrow();
        if (Gov.blank(f.territoryCode()) != null) {
            t = territories.byCode(body.jurisdictionId(), f.territoryCode().strip()).orElse(null);
            if (t == null) {
                errors.add(
                        new FieldError("territoryCode", "No existe el territorio " + f.territoryCode().strip() + "."));
            } else if (!t.path().startsWith(body.territoryPath())) {
                errors.add(new FieldError("territoryCode",
                        "El territorio " + t.name() + " no está en el territorio de " + body.name() + "."));
            }
        }
        BarrierKind kind = Gov.blank(f.kind()) == null ? BarrierKind.BARRIER
                : labels.parse(BarrierKind.class, f.kind()).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", "Indique si es una barrera o una necesidad."));
        }
        BarrierType type = labels.parse(BarrierType.class, f.type())
                .or(() -> labels.parse(BarrierType.class, "de " + f.type())).orElse(null);
        long id = insert(body, t, kind, type, f.title(), f.description(), f.serviceIds(), null, null, user, errors);
        return read.byId(id).orElseThrow();
    }

    private long insert(BodyView body, TerritoryView t, BarrierKind kind, BarrierType type, String title,
            String description, List<Long> serviceIds, String source, String sourceReference, CurrentUser user,
            List<FieldError> errors) {
        if (type == null) {
            errors.add(new FieldError("type",
                    "Indique el tipo de barrera: normativa, presupuestal, administrativa, de información, de acceso o de coordinación."));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "Escriba la barrera en una frase."));
        } else if (title.strip().length() > 300) {
            errors.add(new FieldError("title", "El título admite hasta 300 caracteres."));
        }
        List<Long> services = serviceIds == null ? List.of() : serviceIds.stream().distinct().toList();
        Set<Long> existing = offer.existing(body.jurisdictionId(), services);
        for (Long s : services) {
            if (!existing.contains(s)) {
                errors.add(new FieldError("serviceIds", "No existe el servicio " + s + " en la jurisdicción."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Barrier barrier = repository.save(Barrier.raise(new Barrier.Draft(body.jurisdictionId(), kind, type, title,
                description, t.id(), t.path(), body.id(), source, sourceReference), Instant.now()));
        long id = barrier.id().value();
        repository.addServices(id, services);
        repository.append(body.jurisdictionId(), id, barrier.raised(), user);
        BarrierView v = read.byId(id).orElseThrow();
        audit.record("CREATE", "gov_barrier", id, body.jurisdictionId(),
                labels.spanish(kind) + " presentada en " + body.name() + ": " + v.title(), null, v);
        events.publishEvent(new BarrierRaised(barrier.id(), body.id(), kind, type, v.title()));
        return id;
    }

    // ---- escalation, both ways ---------------------------------------------------------------------

    /**
     * Checks the user may act where the barrier is now, lets {@code move} make the step on the aggregate, saves it
     * (optimistic locking on its version), appends the step to the trail and audits it.
     */
    private BarrierView act(long id, StepForm f, CurrentUser user, Function<Barrier, Barrier.Escalation> move) {
        BarrierView b = requireVisible(id, user);
        BodyView current = bodies.byId(b.currentBodyId()).orElseThrow();
        access.requireEditor(user, current.jurisdictionId(), current.territoryPath(),
                "las barreras que están en " + current.name());
        if (b.status() == BarrierStatus.RESOLVED || b.status() == BarrierStatus.CLOSED) {
            throw new ConflictException(
                    "La barrera ya fue " + labels.spanish(b.status()).toLowerCase() + ": " + b.decision());
        }
        if (f.version() == null) {
            throw new ValidationException("version", "Falta la versión de la barrera que se leyó.");
        }
        Barrier barrier = repository.findById(id).orElseThrow();
        Barrier.Escalation step = move.apply(barrier);
        repository.append(b.jurisdictionId(), id, step, user);
        try {
            repository.save(barrier);
        } catch (OptimisticLockingFailureException e) {
            throw Barrier.stale();
        }
        BarrierView after = read.byId(id).orElseThrow();
        audit.record("UPDATE", "gov_barrier", id, b.jurisdictionId(),
                "Barrera '" + b.title() + "': " + labels.spanish(after.status()) + " (" + after.currentBodyName() + ")",
                b,
                after);
        return after;
    }

    /** Passes the barrier to the body above the one holding it. */
    @Transactional
    public BarrierView escalate(long id, StepForm f, CurrentUser user) {
        BarrierView after = act(id, f, user, x -> {
            BodyView current = bodies.byId(x.currentBodyId()).orElseThrow();
            return x.escalate(current.parentId(), current.name(), f.note(), f.version(), Instant.now());
        });
        Long from = read.escalatedFrom(id, after.currentBodyId()).orElseThrow();
        events.publishEvent(new BarrierEscalated(new Identity<>(id), from,
                after.currentBodyId(), after.title(), f.note()));
        return after;
    }

    /** Decides the barrier where it is now; the decision is visible at the body that raised it. */
    @Transactional
    public BarrierView resolve(long id, StepForm f, CurrentUser user) {
        BarrierView after = act(id, f, user, x -> x.resolve(f.note(), f.version(), Instant.now()));
        decided(after, true, f.note());
        return after;
    }

    /** Returns the barrier to the body it came from, with guidance. */
    @Transactional
    public BarrierView returnWithGuidance(long id, StepForm f, CurrentUser user) {
        BarrierView after = act(id, f, user, x -> x.returnTo(
                read.escalatedFrom(id, x.currentBodyId()).orElse(x.originBodyId()), f.note(), f.version(),
                Instant.now()));
        decided(after, false, f.note());
        return after;
    }

    private void decided(BarrierView b, boolean resolved, String note) {
        events.publishEvent(new BarrierDecided(new Identity<>(b.id()),
                b.originBodyId(), b.title(), note.strip(), resolved, b.version()));
    }
}
