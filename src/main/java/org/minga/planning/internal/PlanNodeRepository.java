package org.minga.planning.internal;

import org.minga.planning.internal.domain.PlanNode;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;

/** The elements of plans' trees written through Spring Data JDBC, with their links to ODS targets. */
interface PlanNodeRepository extends CrudRepository<PlanNode, Long> {

    @Modifying
    @Query("insert into plan_node_sdg (node_id, target_code) values (:node, :code) on conflict do nothing")
    void linkSdg(long node, String code);
}
