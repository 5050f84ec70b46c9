package org.minga.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.minga.actor.ActorStaff;
import org.minga.offer.Need;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.referral.internal.domain.Deadline;
import org.minga.referral.internal.domain.Referral;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.stereotype.Component;

/**
 * Demo data only: a referral made at a past service fair, told as its entity answered it. It is dated the fair's
 * day, sent that afternoon, received the next day, then accepted, attended with its counter-referral and closed on
 * plausible later days (or rejected, or left open), each step through the aggregate's own transitions, on the
 * jurisdiction's calendar, and never after now.
 */
@Component
record FairReferralDemoData(ReferralRepository referrals, ReferralTransitions transitions, Jurisdictions jurisdictions,
        ActorStaff staff) {

    static final CurrentUser DEMO = CurrentUser.demoLoader();

    /** Days after the fair each step is made on, and the hour of the day. */
    record Step(ReferralStatus to, int day, int hour) {
    }

    void tell(long referralId, LocalDate fairDay, ReferralStatus outcome, int variant) {
        Referral r = referrals.findById(referralId).orElseThrow();
        if (r.status() != ReferralStatus.CREATED) {
            return;
        }
        Jurisdiction j = jurisdictions.byId(r.jurisdictionId()).orElseThrow();
        Deadline d = Deadline.of(j.country(), fairDay, r.deadline().businessDays());
        referrals.redateCreation(referralId, fairDay, d.dueOn(), at(j, fairDay, 11));
        CurrentUser receiver = receiver(j, r.actorId());
        Instant now = Instant.now();
        for (Step s : steps(outcome, variant)) {
            LocalDate day = fairDay.plusDays(s.day());
            Instant at = at(j, day, s.hour());
            if (at.isAfter(now)) {
                return;
            }
            transitions.transition(referralId, command(s.to(), r.need()),
                    s.to().madeBy() == ReferralStatus.Side.RECEIVER
                            ? receiver : DEMO,
                    at, day);
        }
    }

    private static List<Step> steps(ReferralStatus outcome, int variant) {
        int v = Math.floorMod(variant, 4);
        List<Step> answered = List.of(new Step(ReferralStatus.SENT, 0, 16), new Step(ReferralStatus.RECEIVED, 1, 9),
                new Step(ReferralStatus.ACCEPTED, 2 + v, 10), new Step(ReferralStatus.IN_ATTENTION, 5 + 2 * v, 9),
                new Step(ReferralStatus.ATTENDED, 9 + 3 * v, 15), new Step(ReferralStatus.CLOSED, 12 + 4 * v, 11));
        return switch (outcome) {
            case REJECTED -> List.of(answered.get(0), answered.get(1), new Step(ReferralStatus.REJECTED, 3 + v, 10));
            case ACCEPTED -> answered.subList(0, 3);
            case IN_ATTENTION -> answered.subList(0, 4);
            case ATTENDED -> answered.subList(0, 5);
            default -> answered;
        };
    }

    private static ReferralViews.TransitionCommand command(ReferralStatus to, Need need) {
        boolean health = need == Need.HEALTH;
        String reason = to == ReferralStatus.REJECTED ? health
                ? "La persona ya está afiliada al régimen contributivo con su EPS; se le orientó para pedir la cita allí."
                : "La persona ya recibe un subsidio incompatible con Colombia Mayor; se le orientó sobre otros apoyos."
                : null;
        if (to != ReferralStatus.ATTENDED) {
            return new ReferralViews.TransitionCommand(to.name(), reason, null, null, null, null);
        }
        return health
                ? new ReferralViews.TransitionCommand(to.name(), null,
                        "Valoración médica en el centro de salud y afiliación al régimen subsidiado verificada.",
                        "Persona afiliada y con su control médico asignado.",
                        "Control en tres meses; el equipo básico la visita en el barrio.", null)
                : new ReferralViews.TransitionCommand(to.name(), null,
                        "Inscripción en Colombia Mayor con verificación de su clasificación en el Sisbén.",
                        "Priorizada: recibe el subsidio desde el siguiente ciclo de pago.",
                        "Seguimiento del primer pago con la persona.", null);
    }

    private static Instant at(Jurisdiction j, LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(j.zoneId()).toInstant();
    }

    private CurrentUser receiver(Jurisdiction j, long actorId) {
        for (ActorStaff.Member m : staff.staffOf(actorId)) {
            return new CurrentUser(m.userId(), m.username(), m.username(), Role.ENTITY_STAFF, j.id(), null);
        }
        return DEMO;
    }
}
