package org.minga.governance.internal;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.governance.Barriers;
import org.minga.governance.Petitions;
import org.minga.governance.RaisePetition;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.Gov.PetitionSource;
import org.minga.governance.internal.PetitionReadModel.PetitionView;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.governance.internal.domain.Petition;
import org.minga.governance.internal.domain.PetitionEvents.PetitionAnswered;
import org.minga.governance.internal.domain.PetitionEvents.PetitionRaised;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.Identity;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Petitions raised to a higher body's agenda (seed 004): from a lower body (the form), or from a participation
 * space through {@link Petitions}; placed on a session of the body and answered there, the answer going back. The
 * rules of each move are {@link Petition}'s; who is told, {@link PetitionReactions}'.
 */
@Service
@RequiredArgsConstructor
public class PetitionService implements Petitions {

    /** A lower body raises a matter to a body above it. */
    public record PetitionForm(Long fromBodyId, Long toBodyId, String title, String description) {
    }

    private final PetitionRepository repository;
    private final PetitionReadModel read;
    private final BodyService bodies;
    private final BodyReadModel bodyRead;
    private final SessionService sessions;
    private final Barriers barriers;
    private final Territories territories;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public PetitionView requireVisible(long id, CurrentUser user) {
        return access.requireVisible(read.byId(id), user, "la petición " + id);
    }

    public List<PetitionView> received(long bodyId) {
        return read.received(bodyId);
    }

    public List<PetitionView> raised(long bodyId) {
        return read.raised(bodyId);
    }

    public List<PetitionView> onSession(long sessionId) {
        return read.onSession(sessionId);
    }

    /** A lower body raises a petition to one of the bodies above it (any level up). */
    @Transactional
    public PetitionView raise(PetitionForm f, CurrentUser user) {
        if (f.fromBodyId() == null) {
            throw new ValidationException("fromBodyId", "Indique la instancia que eleva la petición.");
        }
        if (f.toBodyId() == null) {
            throw new ValidationException("toBodyId", "Indique la instancia superior a la que se eleva la petición.");
        }
        BodyView from = bodies.requireVisible(f.fromBodyId(), user);
        access.requireEditor(user, from.jurisdictionId(), from.territoryPath(), "la instancia " + from.name());
        BodyView to = bodies.requireVisible(f.toBodyId(), user);
        List<Long> up = bodyRead.ancestorIds(from.id());
        if (!up.subList(1, up.size()).contains(to.id())) {
            throw new ValidationException("toBodyId", "Una petición de " + from.name()
                    + " se eleva a una de las instancias por encima de ella; " + to.name() + " no lo está.");
        }
        return insert(new Petition.Draft(from.jurisdictionId(), from.territoryPath(), from.id(), PetitionSource.BODY,
                null, to.id(), f.title(), f.description()), from.name(), user);
    }

    @Override
    @Transactional
    public long raise(RaisePetition r, CurrentUser user) {
        TerritoryView t = territories.byId(r.territoryId()).filter(x -> x.jurisdictionId() == r.jurisdictionId())
                .orElseThrow(() -> new ValidationException("territoryId",
                        "No existe el territorio " + r.territoryId() + " en la jurisdicción."));
        Long bodyId = r.bodyId() != null ? r.bodyId() : barriers.localBodyFor(t.id()).orElse(null);
        if (bodyId == null) {
            throw new ValidationException("bodyId",
                    "Ninguna mesa local cubre el territorio " + t.name() + ": indique la instancia.");
        }
        BodyView to = bodies.byId(bodyId).filter(b -> b.jurisdictionId() == r.jurisdictionId()).orElseThrow(
                () -> new ValidationException("bodyId", "No existe la instancia " + bodyId + " en la jurisdicción."));
        PetitionSource source = r.improvementAction() ? PetitionSource.IMPROVEMENT_ACTION
                : PetitionSource.PARTICIPATION_SPACE;
        String reference = r.sourceReference() == null || r.sourceReference().isBlank() ? t.name()
                : r.sourceReference().strip();
        return insert(new Petition.Draft(r.jurisdictionId(), t.path(), null, source, reference, to.id(), r.title(),
                r.description()), reference, user).id();
    }

    private PetitionView insert(Petition.Draft d, String from, CurrentUser user) {
        Petition p = repository.save(Petition.raise(d, user.fullName(), Instant.now()));
        PetitionView v = read.byId(p.id().value()).orElseThrow();
        audit.record("CREATE", "gov_petition", v.id(), v.jurisdictionId(),
                "Petición de " + from + " elevada a " + v.toBodyName() + ": " + v.title(), null, v);
        events.publishEvent(new PetitionRaised(p.id(), v.toBodyId(), from, v.title()));
        return v;
    }

    /** The body that received it places it on one of its sessions not yet closed. */
    @Transactional
    public PetitionView placeOnAgenda(long id, Long sessionId, Integer version, CurrentUser user) {
        PetitionView before = requireReceiver(id, user);
        if (sessionId == null) {
            throw new ValidationException("sessionId", "Indique la sesión en cuya agenda va la petición.");
        }
        SessionView s = sessions.requireVisible(sessionId, user);
        if (s.status() != Gov.SessionStatus.SCHEDULED && s.status() != Gov.SessionStatus.HELD) {
            throw new ConflictException("La sesión " + s.number() + " de " + s.bodyName() + " ya está cerrada.");
        }
        PetitionView after = change(before, version, p -> p.placeOnAgenda(s.id(), s.bodyId(), version, Instant.now()));
        audit.record("UPDATE", "gov_petition", id, after.jurisdictionId(), "Petición " + after.title()
                + " en la agenda de la sesión " + s.number() + " de " + s.bodyName(), before, after);
        return after;
    }

    /** The body that received it answers; the answer goes back to where the petition came from. */
    @Transactional
    public PetitionView answer(long id, String text, Integer version, CurrentUser user) {
        PetitionView before = requireReceiver(id, user);
        PetitionView after = change(before, version, p -> p.answer(text, user.fullName(), version, Instant.now()));
        audit.record("UPDATE", "gov_petition", id, after.jurisdictionId(), "Petición " + after.title()
                + " respondida por " + after.toBodyName(), before, after);
        events.publishEvent(new PetitionAnswered(new Identity<>(id),
                after.jurisdictionId(), after.territoryPath(), after.toBodyName(), after.title(), after.answer()));
        return after;
    }

    private PetitionView requireReceiver(long id, CurrentUser user) {
        PetitionView p = requireVisible(id, user);
        BodyView to = bodies.byId(p.toBodyId()).orElseThrow();
        access.requireEditor(user, to.jurisdictionId(), to.territoryPath(), "las peticiones de " + to.name());
        return p;
    }

    private PetitionView change(PetitionView before, Integer version, java.util.function.Consumer<Petition> move) {
        if (version == null) {
            throw new ValidationException("version", "Falta la versión de la petición que se vio.");
        }
        Petition p = repository.findById(before.id()).orElseThrow();
        move.accept(p);
        try {
            repository.save(p);
        } catch (OptimisticLockingFailureException e) {
            throw Petition.stale();
        }
        return read.byId(before.id()).orElseThrow();
    }
}
