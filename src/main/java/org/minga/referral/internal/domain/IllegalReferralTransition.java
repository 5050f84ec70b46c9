package org.minga.referral.internal.domain;

import org.minga.platform.ConflictException;

/** A transition the state table does not allow; the message names both states and the legal ones. */
public class IllegalReferralTransition extends ConflictException {

    public IllegalReferralTransition(ReferralStatus from, ReferralStatus to) {
        super(from.refusal(to));
    }
}
