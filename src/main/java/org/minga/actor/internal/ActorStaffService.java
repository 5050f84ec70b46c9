package org.minga.actor.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorStaff;
import org.minga.actor.ActorSummary;
import org.minga.platform.AuditLog;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.UserAccounts;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users who work for an actor. */
@Service
@RequiredArgsConstructor
class ActorStaffService implements ActorStaff {

    private final ActorStaffRepository rows;
    private final ActorQueries actors;
    private final UserAccounts users;
    private final AuditLog audit;

    /**
     * Those who configure the actor's whole jurisdiction manage its staff: linking a user to an entity gives them
     * that entity's referrals, so it is a jurisdiction-wide decision.
     */
    static boolean canManage(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesWholeJurisdiction(user, Capability.CONFIGURE_JURISDICTION, jurisdictionId);
    }

    @Override
    public List<Long> actorsOf(long userId) {
        return rows.actorsOf(userId);
    }

    @Override
    public boolean isStaff(long actorId, long userId) {
        return rows.isStaff(actorId, userId);
    }

    @Override
    public List<Member> staffOf(long actorId) {
        return rows.staffOf(actorId);
    }

    @Override
    @Transactional
    public Member assign(long actorId, String username, String position, CurrentUser by) {
        return add(actorId, username, position, by);
    }

    @Transactional
    Member add(long actorId, String username, String position, CurrentUser user) {
        ActorSummary actor = actors.byId(actorId)
                .orElseThrow(() -> new NotFoundException("No existe el actor " + actorId + "."));
        if (!canManage(user, actor.jurisdictionId())) {
            throw new ForbiddenException(
                    "Solo administradores y usuarios distritales asignan el personal de una entidad.");
        }
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new ValidationException("username", "Indique el usuario que trabaja en la entidad.");
        }
        if (position != null && position.strip().length() > 200) {
            throw new ValidationException("position", "El cargo admite 200 caracteres.");
        }
        long userId = users.idOf(name)
                .orElseThrow(() -> new ValidationException("username", "No existe el usuario «" + name + "»."));
        if (isStaff(actorId, userId)) {
            throw new ValidationException("username", "El usuario «" + name + "» ya trabaja en " + actor.name() + ".");
        }
        String pos = position == null || position.isBlank() ? null : position.strip();
        Instant at = rows.add(actorId, userId, name, pos, user.username());
        audit.record("CREATE", "actor_staff", actorId, actor.jurisdictionId(),
                "Personal de " + actor.name() + ": " + name,
                null, Map.of("user", name, "position", pos == null ? "" : pos));
        return new Member(actorId, userId, name, pos, user.username(), at);
    }

    @Transactional
    void remove(long actorId, long userId, CurrentUser user) {
        ActorSummary actor = actors.byId(actorId)
                .orElseThrow(() -> new NotFoundException("No existe el actor " + actorId + "."));
        if (!canManage(user, actor.jurisdictionId())) {
            throw new ForbiddenException(
                    "Solo administradores y usuarios distritales asignan el personal de una entidad.");
        }
        List<Member> before = staffOf(actorId).stream().filter(m -> m.userId() == userId).toList();
        if (before.isEmpty()) {
            throw new NotFoundException("El usuario no trabaja en " + actor.name() + ".");
        }
        rows.remove(actorId, userId);
        audit.record("DELETE", "actor_staff", actorId, actor.jurisdictionId(),
                "Personal de " + actor.name() + ": retirado "
                        + before.get(0).username(),
                Map.of("user", before.get(0).username()), null);
    }
}
