package org.minga.privacy.internal;

import lombok.RequiredArgsConstructor;
import org.minga.privacy.AuthorizationTransfers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The authorizations of a merged duplicate follow the person kept (privacy writes its own table). */
@Repository
@RequiredArgsConstructor
class AuthorizationTransferRepository implements AuthorizationTransfers {

    private final JdbcClient jdbc;

    @Override
    public int transferAuthorizations(long fromPersonId, long toPersonId) {
        return jdbc.sql("update data_authorization set person_id = :to where person_id = :from")
                .param("to", toPersonId).param("from", fromPersonId).update();
    }
}
