package org.minga.practice.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The formats' versions (table {@code practice_format}), each a row with its JSON definition as text. */
@Component
record PracticeFormatRepository(JdbcClient jdbc) {

    /** One stored version; its definition is the JSON text {@link FormatCatalog} reads. */
    record Row(long id, String code, int version, String name, String issuer, String definition,
            OffsetDateTime createdAt) {
    }

    /** The ids of the latest version of every format, by name. */
    List<Long> latestIds() {
        return jdbc.sql("""
                select id from practice_format f where version = (select max(version) from practice_format g
                where g.code = f.code) order by name""")
                .query(Long.class).list();
    }

    List<Long> versionIds(String code) {
        return jdbc.sql("select id from practice_format where code = :c order by version desc").param("c", code)
                .query(Long.class).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("""
                select id, code, version, name, issuer, definition::text as definition, created_at
                from practice_format where id = :id""")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                        rs.getString("name"), rs.getString("issuer"), rs.getString("definition"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }

    /** The id of that version of the format, or of its latest version when {@code version} is null. */
    Optional<Long> idOf(String code, Integer version) {
        return jdbc.sql("""
                select id from practice_format where code = :c and (cast(:v as integer) is null or version = :v)
                order by version desc limit 1""")
                .param("c", code).param("v", version).query(Long.class).optional();
    }

    int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from practice_format where code = :c")
                .param("c", code).query(Integer.class).single();
    }

    long insert(String code, int version, String name, String issuer, String definitionJson, String username) {
        return jdbc.sql("""
                insert into practice_format (code, version, name, issuer, definition, created_by)
                values (:c, :v, :n, :i, cast(:d as jsonb), :u) returning id""")
                .param("c", code).param("v", version).param("n", name).param("i", issuer).param("d", definitionJson)
                .param("u", username).query(Long.class).single();
    }
}
