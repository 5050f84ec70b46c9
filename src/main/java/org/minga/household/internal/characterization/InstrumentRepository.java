package org.minga.household.internal.characterization;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.shared.Json;
import org.minga.platform.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of instruments and their versions. Hand-written rather than Spring Data JDBC: a version's definition is a
 * jsonb document, which Spring Data JDBC writes only with a converter the platform does not register.
 */
@Repository
@RequiredArgsConstructor
class InstrumentRepository {

    private final JdbcClient jdbc;
    private final Json json;

    /** Stores a new instrument with its definition as version 1; answers its id. */
    long add(Instrument i, String publishedBy) {
        long id = jdbc.sql(
                "insert into instrument (jurisdiction_id, code, name, subject) values (:j, :c, :n, :s) returning id")
                .param("j", i.jurisdictionId()).param("c", i.code()).param("n", i.name()).param("s", i.subject())
                .query(Long.class).single();
        jdbc.sql("""
                insert into instrument_version (instrument_id, number, definition, published_by)
                values (:i, 1, cast(:d as jsonb), :u)""")
                .param("i", id).param("d", json.write(i.definition())).param("u", publishedBy).update();
        return id;
    }

    /** Publishes the next version if nobody published one since {@code version} was read; refuses otherwise. */
    void publish(long id, InstrumentDefinition definition, int version, String publishedBy) {
        int n = jdbc.sql("""
                update instrument set current_version = current_version + 1, version = version + 1
                where id = :id and version = :v""")
                .param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("Otra persona publicó una versión de este instrumento; recargue la página.");
        }
        jdbc.sql("""
                insert into instrument_version (instrument_id, number, definition, published_by)
                values (:i, (select current_version from instrument where id = :i), cast(:d as jsonb), :u)""")
                .param("i", id).param("d", json.write(definition)).param("u", publishedBy).update();
    }
}
