package org.minga.referral.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.CurrentUser;
import org.minga.referral.internal.domain.Referral;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link ReferralRepository}, in SQL. */
@RequiredArgsConstructor
class ReferralStatementsImpl implements ReferralStatements {

    private final JdbcClient jdbc;

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

    @Override
    public void append(long referralId, Referral.Transition t, CurrentUser user, java.time.Instant at) {
        jdbc.sql("""
                insert into referral_transition (referral_id, from_status, to_status, note, by_user, by_name, at)
                values (:r, :f, :t, :n, :u, :un, :at)""")
                .param("r", referralId).param("f", t.from() == null ? null : t.from().name()).param("t", t.to().name())
                .param("n", t.note()).param("u", user.username()).param("un", user.fullName())
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    @Override
    public void redateCreation(long referralId, LocalDate createdOn, LocalDate dueOn, java.time.Instant at) {
        jdbc.sql("update referral set created_on = :c, due_on = :d, created_at = :at where id = :id")
                .param("c", createdOn).param("d", dueOn).param("at", java.sql.Timestamp.from(at))
                .param("id", referralId).update();
        jdbc.sql("update referral_transition set at = :at where referral_id = :id and from_status is null")
                .param("at", java.sql.Timestamp.from(at)).param("id", referralId).update();
    }

    @Override
    public List<Map<String, Object>> flagOverdue(long jurisdictionId, LocalDate today) {
        return jdbc.sql("""
                update referral set overdue_flagged_at = now()
                where jurisdiction_id = :j and status in""" + " " + ReferralStatus.OPEN_SQL + """
                 and due_on < :today and overdue_flagged_at is null
                returning id, code, territory_path, actor_id, actor_name, due_on""")
                .param("j", jurisdictionId).param("today", today).query().listOfRows();
    }

    @Override
    public int markDelayReported(List<Long> ids, String username) {
        return jdbc.sql("""
                update referral set delay_reported_at = now(), delay_reported_by = :u, version = version + 1
                where id in (:ids) and delay_reported_at is null""")
                .param("u", username).param("ids", ids).update();
    }
}
