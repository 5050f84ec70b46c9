package org.minga.privacy.internal;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends reads to the access log: many rows in one statement. */
@Repository
@RequiredArgsConstructor
class AccessLogRepository {

    private final JdbcClient jdbc;

    /** One row per gathered read, all by {@code user} from {@code ip} through {@code endpoint}. */
    void append(List<PendingReads.Row> rows, String user, String ip, String endpoint) {
        StringBuilder sql = new StringBuilder("insert into personal_data_access (jurisdiction_id, subject_type, "
                + "subject_ids, username, action, remote_address, endpoint) values ");
        List<Object> params = new ArrayList<>();
        for (PendingReads.Row r : rows) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            params.add(r.jurisdictionId());
            params.add(r.subjectType());
            params.add(r.ids());
            params.add(user);
            params.add(r.action());
            params.add(ip);
            params.add(endpoint);
        }
        jdbc.sql(sql.toString()).params(params).update();
    }
}
