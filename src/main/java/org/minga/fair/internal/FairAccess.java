package org.minga.fair.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minga.actor.ActorStaff;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.FairRecords.Participant;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.Reach;
import org.minga.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * Who may see, plan and register at a fair. Planning is territorial work ({@code RUN_FAIRS} over the fair's
 * barrio); registering at a stand is for the staff of a participating entity, or a territorial user whose scope
 * covers the fair's barrio. A fair is visible in the user's territorial scope, or to the staff of an entity that
 * takes part.
 */
@Component
record FairAccess(FairReadModel read, Territories territories, Actors actors, ActorStaff staff) {

    /** True when the user registers at stands by territory; false when only for their entity (entity staff). */
    static boolean territorial(CurrentUser u) {
        return AccessPolicy.reach(u.role(), Capability.REGISTER_AT_FAIRS) != Reach.ENTITY;
    }

    static void requireWriter(CurrentUser u, Capability capability) {
        if (!AccessPolicy.holds(u.role(), capability)) {
            throw new ForbiddenException("Su rol (" + u.role().label() + ") no modifica jornadas.");
        }
    }

    /**
     * The name shown at the stand: in full to territorial users; to entity staff only the first name and the
     * initial of the surname, enough to confirm with the person in front of them.
     */
    static String standName(String fullName, CurrentUser u) {
        if (territorial(u) || fullName == null) {
            return fullName;
        }
        String[] words = fullName.strip().split("\\s+");
        if (words.length < 2) {
            return words[0];
        }
        return words[0] + " " + words[words.length - 1].charAt(0) + ".";
    }

    /** Planning this fair: the access policy's {@code RUN_FAIRS} over the fair's territory. */
    boolean canPlan(FairView f, CurrentUser u) {
        return territories.scopeOf(u, Capability.RUN_FAIRS).includes(f.jurisdictionId(), f.territoryPath());
    }

    /** Planning a fair is territorial work: entity staff register at stands but do not plan. */
    void requirePlanner(FairView f, CurrentUser u) {
        requireWriter(u, Capability.RUN_FAIRS);
        if (!canPlan(f, u)) {
            throw new ForbiddenException(
                    "Solo los equipos territoriales de " + f.territoryName() + " planean esta jornada.");
        }
    }

    boolean inScope(FairView f, CurrentUser u) {
        AccessScope s = territories.scopeOf(u);
        return s.includes(f.jurisdictionId(), f.territoryPath());
    }

    /** Visible: in the user's territorial scope, or the user works for an entity that takes part. */
    FairView requireVisible(long id, CurrentUser u) {
        FairView f = read.fair(id);
        if (territorial(u) ? inScope(f, u) : !entitiesOfUserAt(f.id(), u).isEmpty()) {
            return f;
        }
        throw new NotFoundException("La jornada " + id + " no existe o está fuera de su alcance.");
    }

    /** The participating entities the user works for. */
    List<Long> entitiesOfUserAt(long fairId, CurrentUser u) {
        return read.entitiesAt(fairId, staff.actorsOf(u.id()));
    }

    /** The entities whose registrations the user sees at a fair: null for all of them. */
    List<Long> attendancesSeenBy(FairView f, CurrentUser u) {
        return territorial(u) && inScope(f, u) ? null : entitiesOfUserAt(f.id(), u);
    }

    /** The scope of a territorial user's schedule; null for entity staff, who see their entities' fairs. */
    AccessScope scheduleScope(CurrentUser u) {
        return territorial(u) ? territories.scopeOf(u) : null;
    }

    /** The entities the user works for. */
    List<Long> entitiesOf(CurrentUser u) {
        return staff.actorsOf(u.id());
    }

    /** The entities the user may register attentions for at this fair. */
    List<Participant> registrableEntities(FairView f, CurrentUser u) {
        List<Participant> entities = read.participants(f.id()).stream().filter(p -> p.kind().equals("ENTIDAD"))
                .toList();
        if (!AccessPolicy.holds(u.role(), Capability.REGISTER_AT_FAIRS)) {
            return List.of();
        }
        if (territorial(u) && inScope(f, u)) {
            return entities;
        }
        Set<Long> mine = new HashSet<>(staff.actorsOf(u.id()));
        return entities.stream().filter(p -> mine.contains(p.actorId())).toList();
    }

    /** The participating entity the user may register attentions for at this fair, or a refusal. */
    Participant requireRegistrar(FairView f, long actorId, CurrentUser u) {
        requireWriter(u, Capability.REGISTER_AT_FAIRS);
        Optional<Participant> entity = read.participants(f.id()).stream()
                .filter(p -> p.kind().equals("ENTIDAD") && p.actorId() == actorId).findFirst();
        String name = entity.map(Participant::actorName).or(() -> actors.byId(actorId).map(ActorSummary::name))
                .orElse("La entidad " + actorId);
        if (entity.isEmpty()) {
            throw new ForbiddenException(name + " no participa en la jornada " + f.name()
                    + ": no puede registrar atenciones en ella.");
        }
        if (territorial(u) ? inScope(f, u) : staff.isStaff(actorId, u.id())) {
            return entity.get();
        }
        throw new ForbiddenException("Usted no es personal de " + name + " ni tiene a " + f.territoryName()
                + " en su alcance territorial: no puede registrar atenciones de esa entidad en esta jornada.");
    }
}
