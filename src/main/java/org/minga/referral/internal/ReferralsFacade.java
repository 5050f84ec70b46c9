package org.minga.referral.internal;

import java.util.Collection;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.CurrentUser;
import org.minga.referral.Referrals;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referral module's public API for other modules. */
@Service
@RequiredArgsConstructor
class ReferralsFacade implements Referrals {

    private final ReferralCreation creation;
    private final ReferralReadModel read;
    private final FairReferralDemoData stories;

    @Override
    @Transactional
    public void tellDemoFairStory(long referralId, java.time.LocalDate fairDay, String outcome, int variant) {
        stories.tell(referralId, fairDay, ReferralStatus.valueOf(outcome), variant);
    }

    @Override
    @Transactional
    public Created createFromFair(FairReferral r, CurrentUser user) {
        ReferralViews.ReferralDetail v = creation.create(new ReferralViews.ReferralCommand(r.personId(), null,
                r.needCategory(), r.needDescription(), "SERVICE_FAIR", r.originReference(), r.serviceId(), r.actorId(),
                null, null, null, true, r.shareEvidence()), user, null, true);
        return new Created(v.id(), v.code(), v.progress().statusLabel());
    }

    @Override
    @Transactional
    public Created createFromChannel(ChannelReferral r, CurrentUser user) {
        ReferralViews.ReferralDetail v = creation.create(new ReferralViews.ReferralCommand(r.personId(), null,
                r.needCategory(), r.needDescription(), "VIRTUAL_TERRITORY", r.channel(), r.serviceId(), r.actorId(),
                null, null, null, true, r.shareEvidence()), user);
        return new Created(v.id(), v.code(), v.progress().statusLabel());
    }

    @Override
    public Map<Long, String> statusLabels(Collection<Long> ids) {
        return read.statusLabels(ids);
    }
}
