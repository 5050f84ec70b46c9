package org.minga.training.internal;

import java.time.LocalDate;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The capacities people hold: one row per capacity and programme completed (the history), written once when a
 * participant completes, never changed.
 */
@Repository
@RequiredArgsConstructor
class CapacityHoldingRepository {

    private final JdbcClient jdbc;

    /** Records that the person (or user) holds each capacity since {@code on}, through the programme. */
    void hold(Long personId, Long userId, Set<Long> capacityIds, long programmeId, LocalDate on) {
        for (long capacityId : capacityIds) {
            jdbc.sql(
                    """
                            insert into capacity_holding (capacity_id, person_id, user_id, programme_id, acquired_on)
                            select :c, cast(:p as bigint), cast(:u as bigint), :prog, :on
                             where not exists (select 1 from capacity_holding h where h.capacity_id = :c
                                                  and h.programme_id = :prog and h.person_id is not distinct from cast(:p as bigint)
                                                  and h.user_id is not distinct from cast(:u as bigint))""")
                    .param("c", capacityId).param("p", personId).param("u", userId).param("prog", programmeId)
                    .param("on", on).update();
        }
    }

    /** Declares that a role (an audience) needs a capacity in the jurisdiction. */
    void require(long jurisdictionId, String audience, long capacityId) {
        jdbc.sql("""
                insert into capacity_requirement (jurisdiction_id, audience, capacity_id) values (:j, :a, :c)
                on conflict do nothing""").param("j", jurisdictionId).param("a", audience).param("c", capacityId)
                .update();
    }
}
