package org.minga.platform.internal.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

import org.minga.platform.AuditLog;
import org.minga.platform.internal.publiccache.PublicAnswerCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
record AuditLogRepository(JdbcClient jdbc, ObjectMapper json, PublicAnswerCache publicAnswers) implements AuditLog {

    @Override
    public void record(String action, String entityType, Object entityId, Long jurisdictionId, String summary,
            Object before, Object after) {
        jdbc.sql("""
                insert into audit_log (username, jurisdiction_id, action, entity_type, entity_id, summary,
                  before_state, after_state, remote_address)
                values (:u, :j, :a, :t, :id, :s, cast(:b as jsonb), cast(:af as jsonb), :ip)""")
                .param("u", currentUsername()).param("j", jurisdictionId).param("a", action)
                .param("t", entityType).param("id", entityId == null ? null : String.valueOf(entityId))
                .param("s", summary == null ? null : truncate(summary, 500))
                .param("b", toJson(before)).param("af", toJson(after)).param("ip", remoteAddress())
                .update();
        if (changesPublicData(action)) {
            publicAnswers.changed();
        }
    }

    /**
     * Every change is recorded here, so the public pages (directory, HSDS, bank) show it as soon as it commits.
     * Reads, exports, sign-ins and what anonymous visitors do (a public survey's answer) change nothing those pages
     * show, and must not let anyone empty the cache at will.
     */
    private static boolean changesPublicData(String action) {
        if (action.startsWith("READ") || action.startsWith("LOGIN") || action.equals("LOCKED")
                || action.equals("EXPORT")) {
            return false;
        }
        return currentUsername() != null || remoteAddress() == null;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit state is not serialisable: " + value.getClass(), e);
        }
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        return truncate(auth.getName(), 60);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes()instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return truncate(request.getRemoteAddr(), 60);
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
