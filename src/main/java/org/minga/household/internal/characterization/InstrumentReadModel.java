package org.minga.household.internal.characterization;

import java.util.List;

import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.household.internal.shared.Json;
import org.minga.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Instruments as pages and forms show them, with the definition of one version: the hand-written SQL. */
@Component
record InstrumentReadModel(JdbcClient jdbc, Json json) {

    /** An instrument with the definition of version {@code number} (the current one when null). */
    InstrumentView instrument(long id, Integer number) {
        return jdbc.sql("""
                select i.*, v.definition::text as def from instrument i
                join instrument_version v on v.instrument_id = i.id and v.number = coalesce(:n, i.current_version)
                where i.id = :id""").param("id", id).param("n", number)
                .query((rs, k) -> new InstrumentView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getString("code"),
                        rs.getString("name"), rs.getString("subject"), rs.getInt("current_version"),
                        json.read(rs.getString("def"), InstrumentDefinition.class), rs.getInt("version")))
                .optional()
                .orElseThrow(() -> new NotFoundException(
                        "El instrumento " + id + (number == null ? "" : " versión " + number) + " no existe."));
    }

    List<InstrumentView> instruments(long jurisdictionId) {
        return jdbc.sql("select id from instrument where jurisdiction_id = :j order by name").param("j", jurisdictionId)
                .query(Long.class).list().stream().map(id -> instrument(id, null)).toList();
    }

    Long instrumentId(long jurisdictionId, String code) {
        return jdbc.sql("select id from instrument where jurisdiction_id = :j and code = :c").param("j", jurisdictionId)
                .param("c", code).query(Long.class).optional().orElse(null);
    }

    /** The id of the version currently published. */
    long currentVersionId(InstrumentView inst) {
        return jdbc.sql("select id from instrument_version where instrument_id = :i and number = :n")
                .param("i", inst.id()).param("n", inst.currentVersion()).query(Long.class).single();
    }
}
