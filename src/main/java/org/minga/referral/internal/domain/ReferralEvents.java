package org.minga.referral.internal.domain;

import java.time.LocalDate;

/** What happened to a referral, published by the application services after the aggregate changed and was saved. */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    /** The facts of a referral every listener needs: who answers, where, and its deadline. */
    public record Facts(long referralId, String code, long jurisdictionId, String territoryPath, long actorId,
                        String actorName, Long serviceId, LocalDate dueOn, int version, Long createdByUserId,
                        Long routeApplicationId, Integer routeStepPosition) {
    }

    /** A referral was created (status {@link ReferralStatus#CREATED}). */
    public record ReferralCreated(Facts referral) {
    }

    /**
     * A referral moved from one state to another; {@code note} is the reason or, for an attended one, what the
     * entity did.
     */
    public record ReferralStatusChanged(Facts referral, ReferralStatus from, ReferralStatus to, String note) {

        /** The entity answered: the sender hears of it. */
        public boolean answered() {
            return to == ReferralStatus.ATTENDED || to == ReferralStatus.REJECTED || to == ReferralStatus.RETURNED;
        }
    }
}
