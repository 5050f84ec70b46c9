package org.minga.referral;

import java.util.Collection;
import java.util.Map;

import org.minga.platform.CurrentUser;

/**
 * What other modules (service fairs, virtual territories) need from referrals: create one where a need was detected,
 * and follow it.
 */
public interface Referrals {

    /**
     * Creates a referral of a person detected at a service fair ("jornada de servicios"), with the same checks as
     * the referral pages (need, entity, deadline, authorization to share data, eligibility). The caller has
     * already checked that the user may attend the person (a stand at the fair), so no territorial scope check is
     * made on the person. Audited; a {@link org.minga.platform.ValidationException} names each problem.
     */
    Created createFromFair(FairReferral referral, CurrentUser user);

    /**
     * Creates the referral of a person who, in a virtual territory (issue 21), asked for it and authorised sharing
     * their data: origin "territorio virtual", {@code channel} its reference. The same checks as the referral pages,
     * the user's territorial scope over the person included. Audited; a
     * {@link org.minga.platform.ValidationException} names each problem.
     */
    Created createFromChannel(ChannelReferral referral, CurrentUser user);

    /** The current status label ("creada", "cerrada"...) of each referral that exists. */
    Map<Long, String> statusLabels(Collection<Long> referralIds);

    /**
     * Demo data only: tells a referral made at a fair held on {@code fairDay} as its entity answered it, each step
     * through the referral's transitions on plausible later days in the jurisdiction's calendar, never after now:
     * {@code outcome} is the state it ends in ("CLOSED", "ATTENDED", "REJECTED", "IN_ATTENTION" or "ACCEPTED");
     * {@code variant} spreads the days. A referral no longer "creada" is left as it is.
     */
    void tellDemoFairStory(long referralId, java.time.LocalDate fairDay, String outcome, int variant);

    /** {@code needCategory} is an {@link org.minga.offer.Need} name; {@code serviceId} or {@code actorId} says who answers. */
    record FairReferral(long personId, String needCategory, String needDescription, String originReference,
            Long serviceId, Long actorId, String shareEvidence) {
    }

    /** {@code needCategory} is an {@link org.minga.offer.Need} name; {@code channel} names the virtual territory. */
    record ChannelReferral(long personId, String needCategory, String needDescription, String channel,
            Long serviceId, Long actorId, String shareEvidence) {
    }

    record Created(long id, String code, String statusLabel) {
    }
}
