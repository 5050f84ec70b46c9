package org.minga.privacy.internal;

import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.minga.privacy.AuthorizationCommand;
import org.minga.privacy.BulkAuthorization;
import org.minga.privacy.Copy;

/** COPY of many authorizations, for bulk imports. */
@RequiredArgsConstructor
class AuthorizationStatementsImpl implements AuthorizationStatements {

    private final DataSource dataSource;

    @Override
    public void insertAll(long jurisdictionId, List<BulkAuthorization> authorizations, String recordedBy) {
        String now = OffsetDateTime.now().toString();
        Copy.in(dataSource,
                "copy data_authorization (jurisdiction_id, person_id, granted_by_name, granted_by_document, "
                        + "by_guardian, guardian_relation, channel, purposes, evidence, sensitive_data, granted_at, recorded_by) "
                        + "from stdin with (format csv)",
                out -> {
                    for (BulkAuthorization b : authorizations) {
                        AuthorizationCommand c = b.command();
                        Copy.row(out, jurisdictionId, b.personId(), c.grantedByName().strip(),
                                trim(c.grantedByDocument()), c.guardian(), trim(c.guardianRelation()),
                                c.channel().strip().toUpperCase(), c.purposes().strip(), c.evidence().strip(),
                                c.sensitive(), c.grantedAt() == null ? now : c.grantedAt().toString(), recordedBy);
                    }
                });
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
