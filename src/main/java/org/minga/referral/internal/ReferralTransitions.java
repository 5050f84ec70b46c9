package org.minga.referral.internal;

import java.time.Instant;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.ReferralViews.ReferralDetail;
import org.minga.referral.internal.ReferralViews.TransitionCommand;
import org.minga.referral.internal.domain.CounterReferral;
import org.minga.referral.internal.domain.Referral;
import org.minga.referral.internal.domain.ReferralEvents;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves referrals through their states: loads the aggregate, checks the user's side of it, lets the aggregate make
 * the transition, saves it (optimistic locking on its version), records the history and publishes
 * {@link ReferralEvents.ReferralStatusChanged}, which the webhooks, notifications and care routes listen to.
 */
@Service
@RequiredArgsConstructor
class ReferralTransitions {

    /** Minga itself sending a care route's next step: the system actor, never an administrator. */
    static final CurrentUser ROUTE = CurrentUser.system("Minga (ruta de atención)", null);

    private final ReferralRepository referrals;
    private final ReferralQueries queries;
    private final ReferralReadModel read;
    private final ReferralAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    @Transactional
    ReferralDetail transition(long id, TransitionCommand c, CurrentUser user) {
        return transition(id, c, user, null, null);
    }

    /**
     * The transition made at {@code at}, on the jurisdiction's date {@code day}: demo data telling a past story
     * (a referral made at a 2024 fair and answered then); both null for now.
     */
    @Transactional
    ReferralDetail transition(long id, TransitionCommand c, CurrentUser user, Instant at, java.time.LocalDate day) {
        queries.requireVisible(id, user);
        ReferralDetail before = read.detail(id).orElseThrow();
        Referral referral = referrals.findById(id)
                .orElseThrow(() -> new NotFoundException("No existe la canalización " + id + "."));
        ReferralStatus to = ReferralStatus.parse(c.to()).orElseThrow(() -> new ValidationException("to", "El estado «"
                + c.to()
                + "» no existe; use creada, enviada, recibida, aceptada, rechazada, en atención, atendida, cerrada, devuelta o cancelada."));
        referral.requireCanMoveTo(to);
        if (c.version() != null && c.version() != referral.version()) {
            throw stale(referral);
        }
        Set<ReferralStatus.Side> sides = access.sides(user, referral.jurisdictionId(), referral.territoryPath(),
                referral.actorId());
        if (!sides.contains(to.madeBy())) {
            throw new ForbiddenException(to.madeBy() == ReferralStatus.Side.RECEIVER
                    ? "Solo el personal de " + referral.actorName() + " puede marcar la canalización como «"
                            + to.label() + "»."
                    : "Solo quien canaliza (en el territorio de la persona) puede marcar la canalización como «"
                            + to.label() + "».");
        }
        CounterReferral counter = to == ReferralStatus.ATTENDED
                ? new CounterReferral(c.action(), c.outcome(), c.nextSteps()) : null;
        Referral.Transition t = referral.moveTo(to, c.reason(), counter,
                day == null ? read.today(referral.jurisdictionId()) : day, at == null ? Instant.now() : at);
        Referral saved;
        try {
            saved = referrals.save(referral);
        } catch (OptimisticLockingFailureException e) {
            throw stale(referral);
        }
        if (at == null) {
            referrals.append(id, t, user);
        } else {
            referrals.append(id, t, user, at);
        }
        ReferralDetail after = read.detail(id).orElseThrow();
        audit.record("UPDATE", "referral", id, saved.jurisdictionId(), "Canalización " + saved.code() + ": "
                + t.from().label() + " → " + to.label(), before, after);
        events.publishEvent(new ReferralEvents.ReferralStatusChanged(saved.facts(), t.from(), t.to()));
        return after;
    }

    private static ConflictException stale(Referral r) {
        return new ConflictException("Otra persona cambió la canalización " + r.code()
                + " mientras usted la veía. Recargue y vuelva a intentar.");
    }
}
