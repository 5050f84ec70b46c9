package org.minga.referral.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.minga.platform.CurrentUser;
import org.minga.referral.Referrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referral module's public API for other modules, backed by {@link ReferralService}. */
@Service
class ReferralsFacade implements Referrals {

    private final ReferralService referrals;
    private final JdbcClient jdbc;

    ReferralsFacade(ReferralService referrals, JdbcClient jdbc) {
        this.referrals = referrals;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Created createFromFair(FairReferral r, CurrentUser user) {
        ReferralService.ReferralView v = referrals.create(new ReferralService.ReferralCommand(r.personId(), null,
                r.needCategory(), r.needDescription(), "SERVICE_FAIR", r.originReference(), r.serviceId(), r.actorId(),
                null, null, null, true, r.shareEvidence()), user, null, null, null, true);
        return new Created(v.id(), v.code(), v.statusLabel());
    }

    @Override
    public Map<Long, String> statusLabels(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, status from referral where id in (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), ReferralStatus.valueOf(rs.getString(2)).label())).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
