package org.minga.referral;

import java.util.List;

/**
 * Overdue referrals whose cause is systemic (the same service or entity failing many people) raised as a barrier
 * to the local governance body. Published in the transaction that marks the referrals as reported; the
 * governance module listens and records the barrier.
 *
 * @param territoryId the narrowest territory containing all the referrals
 * @param serviceIds  the services involved (may be empty when the referrals name only an entity)
 */
public record SystemicDelayReported(long jurisdictionId, long territoryId, List<Long> serviceIds, String title,
        String description, List<Long> referralIds, long reportedByUserId) {

    public SystemicDelayReported {
        serviceIds = List.copyOf(serviceIds);
        referralIds = List.copyOf(referralIds);
        if (referralIds.isEmpty()) {
            throw new IllegalArgumentException("A systemic delay names at least one referral");
        }
    }
}
