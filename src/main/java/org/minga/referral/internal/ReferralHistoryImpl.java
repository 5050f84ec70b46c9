package org.minga.referral.internal;

import org.minga.platform.CurrentUser;
import org.minga.referral.internal.domain.Referral;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link ReferralRepository}, in SQL. */
class ReferralHistoryImpl implements ReferralHistory {

    private final JdbcClient jdbc;

    ReferralHistoryImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextCodeNumber() {
        return jdbc.sql("select nextval('referral_code_seq')").query(Long.class).single();
    }

    @Override
    public void append(long referralId, Referral.Transition t, CurrentUser user) {
        jdbc.sql("""
                        insert into referral_transition (referral_id, from_status, to_status, note, by_user, by_name)
                        values (:r, :f, :t, :n, :u, :un)""")
                .param("r", referralId).param("f", t.from() == null ? null : t.from().name()).param("t", t.to().name())
                .param("n", t.note()).param("u", user.username()).param("un", user.fullName()).update();
    }
}
