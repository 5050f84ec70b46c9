package org.minga.governance.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.domain.Barrier;
import org.minga.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link BarrierRepository}, in SQL. */
@RequiredArgsConstructor
class BarrierStatementsImpl implements BarrierStatements {

    private final JdbcClient jdbc;

    @Override
    public void addServices(long barrierId, List<Long> serviceIds) {
        for (Long s : serviceIds) {
            jdbc.sql("insert into gov_barrier_service (barrier_id, service_id) values (:b, :s)").param("b", barrierId)
                    .param("s", s).update();
        }
    }

    @Override
    public void append(long jurisdictionId, long barrierId, Barrier.Escalation step, CurrentUser user) {
        jdbc.sql(
                """
                        insert into gov_escalation (jurisdiction_id, barrier_id, action, from_body_id, to_body_id, note, user_id, user_name)
                        values (:j, :b, :a, :f, :t, :n, :u, :un)""")
                .param("j", jurisdictionId).param("b", barrierId).param("a", step.action().name())
                .param("f", step.fromBodyId()).param("t", step.toBodyId()).param("n", Gov.blank(step.note()))
                .param("u", user.id() == 0 ? null : user.id()).param("un", user.fullName()).update();
    }
}
