package org.minga.referral.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.minga.actor.ActorStaff;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Reach;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a referral, as the access policy says: the sending side records personal data in the
 * person's territory, the receiving side answers for the entity, Minga itself advances care routes.
 */
@Component
record ReferralAccess(AccessPolicy policy, ActorStaff staff) {

    /** Sends referrals: records personal data. */
    static boolean canSend(CurrentUser user) {
        return AccessPolicy.holds(user.role(), Capability.RECORD_PERSONAL_DATA);
    }

    /** Raises overdue referrals as a barrier to a governance body: sends referrals and runs governance. */
    static boolean canRaiseDelays(CurrentUser user) {
        return canSend(user) && AccessPolicy.holds(user.role(), Capability.RUN_GOVERNANCE);
    }

    void requireSender(CurrentUser user, boolean atAFairStand) {
        // a stand of a fair refers the people it attends as part of registering them (REGISTER_AT_FAIRS)
        if (!canSend(user) && !(atAFairStand && policy.allows(user, Capability.REGISTER_AT_FAIRS))) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no crea canalizaciones.");
        }
    }

    /** The entities whose inbox is the user's list: none for whoever answers referrals across a territory. */
    List<Long> entitiesOf(CurrentUser user) {
        return policy.scope(user, Capability.ANSWER_REFERRALS).byTerritory() || user.id() <= 0 ? List.of()
                : staff.actorsOf(user.id());
    }

    /**
     * Which side of the referral the user acts on: the sender side for whoever records personal data in the
     * person's territory (and for Minga itself advancing a care route), the receiver side for whoever answers
     * the referrals of the receiving entity.
     */
    Set<ReferralStatus.Side> sides(CurrentUser user, long jurisdictionId, String territoryPath, long actorId) {
        Set<ReferralStatus.Side> sides = EnumSet.noneOf(ReferralStatus.Side.class);
        boolean entityUser = user.id() > 0 && !staff.actorsOf(user.id()).isEmpty();
        if (policy.scope(user, Capability.ADVANCE_CARE_ROUTES).includesJurisdiction(jurisdictionId)
                || !entityUser && policy.covers(user, Capability.RECORD_PERSONAL_DATA, jurisdictionId, territoryPath)) {
            sides.add(ReferralStatus.Side.SENDER);
        }
        if (answers(user, jurisdictionId, territoryPath, actorId)) {
            sides.add(ReferralStatus.Side.RECEIVER);
        }
        return sides;
    }

    /** True when the user answers for the receiving entity: its staff, or a reach by territory that covers it. */
    boolean answers(CurrentUser user, long jurisdictionId, String path, long actorId) {
        var scope = policy.scope(user, Capability.ANSWER_REFERRALS);
        return scope.reach() == Reach.ENTITY ? staff.isStaff(actorId, user.id()) : scope.includes(jurisdictionId, path);
    }

    /**
     * A referral the user may see: in the territory where they read personal data, addressed to an entity they
     * answer for, or, for Minga advancing a care route, in its jurisdiction.
     */
    boolean sees(CurrentUser user, long jurisdictionId, String path, long actorId) {
        return readsPersonalData(user, jurisdictionId, path) || answers(user, jurisdictionId, path, actorId)
                || policy.scope(user, Capability.ADVANCE_CARE_ROUTES).includesJurisdiction(jurisdictionId);
    }

    /** The user reads personal data where the referred person lives: the whole record, contact included. */
    boolean readsPersonalData(CurrentUser user, long jurisdictionId, String path) {
        return policy.covers(user, Capability.READ_PERSONAL_DATA, jurisdictionId, path);
    }

    /** Answers an entity's inbox: its staff, or whoever answers referrals across the entity's jurisdiction. */
    boolean answersInbox(CurrentUser user, long actorId, long actorJurisdictionId) {
        return staff.isStaff(actorId, user.id())
                || AccessPolicy.reachesWholeJurisdiction(user, Capability.ANSWER_REFERRALS, actorJurisdictionId);
    }

    /**
     * Response times, webhooks, care routes and the overdue job are the jurisdiction's configuration: whoever
     * configures the whole jurisdiction (not a part of its territory) manages them.
     */
    void requireManager(CurrentUser user, long jurisdictionId) {
        if (!AccessPolicy.reachesWholeJurisdiction(user, Capability.CONFIGURE_JURISDICTION, jurisdictionId)) {
            throw new ForbiddenException(
                    "Solo administradores y usuarios distritales gestionan las suscripciones de webhooks.");
        }
    }
}
