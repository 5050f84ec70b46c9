package org.minga.referral.internal;

import org.minga.platform.CurrentUser;
import org.minga.referral.internal.domain.Referral;

/** The custom queries of {@link ReferralRepository}: the transition history and the code sequence. */
interface ReferralHistory {

    /** The next number of a referral code ({@code CAN-11001-42}). */
    long nextCodeNumber();

    /** Appends a transition of a referral to its history, by {@code user}. */
    void append(long referralId, Referral.Transition transition, CurrentUser user);
}
