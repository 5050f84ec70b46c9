package org.minga.platform.internal.admin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of the audit log, newest first, filtered by user, action and entity. */
@Repository
@RequiredArgsConstructor
class AuditQueries {

    record AuditEntry(long id, Instant at, String username, Long jurisdictionId, String action, String entityType,
            String entityId, String summary, String beforeState, String afterState, String remoteAddress) {
    }

    record Filter(String username, String action, String entityType, String entityId) {
    }

    private final JdbcClient jdbc;

    PageResult<AuditEntry> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (notBlank(filter.username())) {
            where.append(" and username = :u");
            params.put("u", filter.username().trim());
        }
        if (notBlank(filter.action())) {
            where.append(" and action = :a");
            params.put("a", filter.action().trim());
        }
        if (notBlank(filter.entityType())) {
            where.append(" and entity_type = :t");
            params.put("t", filter.entityType().trim());
        }
        if (notBlank(filter.entityId())) {
            where.append(" and entity_id = :i");
            params.put("i", filter.entityId().trim());
        }
        long total = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("""
                select id, at, username, jurisdiction_id, action, entity_type, entity_id, summary,
                       before_state::text as before_state, after_state::text as after_state, remote_address
                from audit_log""" + where + " order by at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(AuditEntry.class).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
