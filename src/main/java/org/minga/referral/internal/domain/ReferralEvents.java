package org.minga.referral.internal.domain;

import java.time.LocalDate;

/** What happened to a referral, published by the application services after the aggregate changed and was saved. */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    /** The facts of a referral every listener needs: who answers, where, and its deadline (no personal data). */
    public record Facts(long referralId, String code, long jurisdictionId, String territoryPath, long actorId,
            String actorName, Long serviceId, LocalDate dueOn, int version, Long createdByUserId,
            Long routeApplicationId, Integer routeStepPosition) {
    }

    /** A referral was created (status {@link ReferralStatus#CREATED}). */
    public record ReferralCreated(Facts referral) {
    }

    /**
     * A referral moved from one state to another. The reason or counter-referral stays in the referral's history,
     * not in the event: the event publication registry keeps events, and keeps no free text about a person.
     */
    public record ReferralStatusChanged(Facts referral, ReferralStatus from, ReferralStatus to) {

        /** The entity answered: the sender hears of it. */
        public boolean answered() {
            return to == ReferralStatus.ATTENDED || to == ReferralStatus.REJECTED || to == ReferralStatus.RETURNED;
        }
    }
}
