package org.minga.participation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link ContributionRepository}, in SQL. */
record ContributionStatementsImpl(JdbcClient jdbc) implements ContributionStatements {

    @Override
    public void groupInto(long contributionId, long main, Long actionId) {
        jdbc.sql("update contribution set grouped_into = :m, action_id = coalesce(:a, action_id), version = version + 1"
                + " where id = :id or grouped_into = :id")
                .param("m", main).param("a", actionId).param("id", contributionId).update();
    }

    @Override
    public void linkGroup(long main, long actionId) {
        jdbc.sql("update contribution set action_id = :a, version = version + 1 where id = :m or grouped_into = :m")
                .param("a", actionId).param("m", main).update();
    }
}
