package org.minga.referral.internal;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The response time each service answers referrals in, in business days (table {@code referral_service_deadline}). */
@Repository
@RequiredArgsConstructor
class ServiceDeadlineRepository {

    private final JdbcClient jdbc;

    Optional<Integer> businessDays(long serviceId) {
        return jdbc.sql("select business_days from referral_service_deadline where service_id = :s")
                .param("s", serviceId)
                .query(Integer.class).optional();
    }

    void save(long serviceId, long jurisdictionId, int days, String username) {
        jdbc.sql(
                """
                        insert into referral_service_deadline (service_id, jurisdiction_id, business_days, updated_by)
                        values (:s, :j, :d, :u) on conflict (service_id) do update set business_days = :d, updated_by = :u, updated_at = now()""")
                .param("s", serviceId).param("j", jurisdictionId).param("d", days).param("u", username).update();
    }
}
