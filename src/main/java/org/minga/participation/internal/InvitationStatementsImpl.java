package org.minga.participation.internal;

import org.minga.participation.internal.domain.CallOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link InvitationRepository}, in SQL. */
record InvitationStatementsImpl(JdbcClient jdbc) implements InvitationStatements {

    @Override
    public long appendCall(long invitationId, CallOutcome outcome, String notes, String calledBy) {
        return jdbc.sql(
                "insert into space_call (invitation_id, outcome, notes, called_by) values (:i, :o, :n, :u) returning id")
                .param("i", invitationId).param("o", outcome.name()).param("n", notes).param("u", calledBy)
                .query(Long.class).single();
    }
}
