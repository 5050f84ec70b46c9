package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.Gov.AttendanceStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link SessionRepository}, in SQL. */
@RequiredArgsConstructor
class SessionStatementsImpl implements SessionStatements {

    private final JdbcClient jdbc;

    @Override
    public int nextNumber(long bodyId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from gov_session where body_id = :b").param("b", bodyId)
                .query(Integer.class).single();
    }

    @Override
    public boolean existsOn(long bodyId, String timeZone, LocalDate day) {
        return jdbc
                .sql("""
                        select exists(select 1 from gov_session where body_id = :b and (starts_at at time zone :tz)::date = :d)""")
                .param("b", bodyId).param("tz", timeZone).param("d", day).query(Boolean.class).single();
    }

    @Override
    public void replaceAttendance(long sessionId, Map<Long, AttendanceStatus> marks) {
        jdbc.sql("delete from gov_attendance where session_id = :s").param("s", sessionId).update();
        marks.forEach(
                (m, a) -> jdbc.sql("insert into gov_attendance (session_id, member_id, status) values (:s, :m, :a)")
                        .param("s", sessionId).param("m", m).param("a", a.name()).update());
    }

    @Override
    public void addComment(long sessionId, String author, String comment) {
        jdbc.sql("insert into gov_acta_comment (session_id, author, comment) values (:s, :a, :c)")
                .param("s", sessionId).param("a", author).param("c", comment).update();
    }
}
