package org.minga.privacy.internal;

import java.util.List;

import org.minga.privacy.BulkAuthorization;

/** The set-based writes of authorizations. */
interface AuthorizationStatements {

    /** Records many checked authorizations of one jurisdiction at once with COPY, in the caller's transaction. */
    void insertAll(long jurisdictionId, List<BulkAuthorization> authorizations, String recordedBy);
}
