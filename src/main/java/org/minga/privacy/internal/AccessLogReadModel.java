package org.minga.privacy.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.minga.privacy.PersonalDataAccess.Entry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads of one subject, newest first, a page or a count of them. */
@Component
record AccessLogReadModel(JdbcClient jdbc) {

    long count(String subjectType, long subjectId) {
        return jdbc.sql("""
                select count(*) from personal_data_access
                where subject_type = :t and subject_ids @> array[cast(:s as bigint)]""")
                .param("t", subjectType).param("s", subjectId).query(Long.class).single();
    }

    List<Entry> entries(String subjectType, long subjectId, int limit, long offset) {
        return jdbc.sql("""
                select at, subject_type, username, action, remote_address, endpoint, cardinality(subject_ids) n
                from personal_data_access where subject_type = :t and subject_ids @> array[cast(:s as bigint)]
                order by at desc, id desc limit :l offset :o""")
                .param("t", subjectType).param("s", subjectId).param("l", limit).param("o", offset)
                .query((rs, n) -> new Entry(rs.getObject("at", OffsetDateTime.class), rs.getString("subject_type"),
                        subjectId, rs.getString("username"), rs.getString("action"),
                        rs.getString("remote_address"), rs.getString("endpoint"), rs.getInt("n")))
                .list();
    }
}
