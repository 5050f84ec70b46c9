package org.minga.referral.internal;

import java.util.Arrays;
import java.util.List;

import org.minga.household.FieldReferrals;
import org.minga.offer.ServiceOffer;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.springframework.stereotype.Component;

/**
 * The referrals drafted offline on a household visit, created when the day is synchronised: the same creation as
 * the referral form (origin: field visit), in the caller's transaction (the savepoint that claims the change).
 */
@Component
record FieldVisitReferrals(ReferralCreation creation, ServiceOffer offer, Labels labels) implements FieldReferrals {

    @Override
    public List<Need> needs() {
        return Arrays.stream(org.minga.offer.Need.values()).map(n -> new Need(n.name(), labels.of(n))).toList();
    }

    @Override
    public List<Service> services(long jurisdictionId) {
        return offer.activeServices(jurisdictionId).stream()
                .map(s -> new Service(s.id(), s.name(), s.sector(), s.providerName())).toList();
    }

    @Override
    public Created create(Draft d, CurrentUser user) {
        ReferralViews.ReferralDetail v = creation.create(new ReferralViews.ReferralCommand(d.personId(), null,
                d.needCategory(), d.needDescription(), "FIELD_VISIT", d.originReference(), d.serviceId(), null, null,
                null, null, true, d.shareEvidence()), user, null, false);
        return new Created(v.id(), v.code());
    }
}
