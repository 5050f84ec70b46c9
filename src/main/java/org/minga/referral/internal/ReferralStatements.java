package org.minga.referral.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUser;
import org.minga.referral.internal.domain.Referral;

/**
 * The custom statements of {@link ReferralRepository}: what is not the aggregate's own row (the transition history,
 * the code sequence) and the set-based writes that touch many referrals at once (overdue flags, systemic delays).
 */
interface ReferralStatements {

    /** The next number of a referral code ({@code CAN-11001-42}). */
    long nextCodeNumber();

    /** Appends a transition of a referral to its history, by {@code user}. */
    void append(long referralId, Referral.Transition transition, CurrentUser user);

    /** Appends a transition made at {@code at} (a past story told by the demo data) to a referral's history. */
    void append(long referralId, Referral.Transition transition, CurrentUser user, java.time.Instant at);

    /**
     * Demo data only: dates a referral made in the past on {@code createdOn} (its creation row too), with the
     * deadline that day gives.
     */
    void redateCreation(long referralId, LocalDate createdOn, LocalDate dueOn, java.time.Instant at);

    /**
     * Flags the open referrals of a jurisdiction past their due date on {@code today} that were not flagged yet;
     * answers each one's id, code, territory_path, actor_id, actor_name and due_on.
     */
    List<Map<String, Object>> flagOverdue(long jurisdictionId, LocalDate today);

    /** Marks referrals as raised as a systemic delay by {@code username}; answers how many were not marked before. */
    int markDelayReported(List<Long> ids, String username);
}
