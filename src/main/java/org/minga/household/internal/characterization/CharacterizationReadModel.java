package org.minga.household.internal.characterization;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.shared.Json;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Characterisations with the definition of the version they were answered on: the hand-written SQL. */
@Component
@RequiredArgsConstructor
public class CharacterizationReadModel {

    private final JdbcClient jdbc;
    private final Json json;
    private final ScopeQueries access;

    public CharacterizationView characterization(long id) {
        return jdbc.sql("""
                select c.*, v.number, v.definition::text as def, v.instrument_id, i.name as instrument_name,
                  c.answers::text as ans from characterization c
                join instrument_version v on v.id = c.instrument_version_id join instrument i on i.id = v.instrument_id
                where c.id = :id""").param("id", id)
                .query((rs, n) -> new CharacterizationView(rs.getLong("id"), rs.getLong("household_id"),
                        (Long) rs.getObject("person_id"), rs.getLong("instrument_id"), rs.getString("instrument_name"),
                        rs.getInt("number"), rs.getObject("answered_on", LocalDate.class),
                        json.map(rs.getString("ans")),
                        json.read(rs.getString("def"), InstrumentDefinition.class), rs.getString("created_by")))
                .optional()
                .orElseThrow(() -> new NotFoundException("La caracterización " + id + " no existe."));
    }

    /** A characterisation of a household the user reaches; the view is written to the access log. */
    @Transactional
    public CharacterizationView view(long id, CurrentUser user) {
        CharacterizationView v = characterization(id);
        access.household(v.householdId(), user);
        return v;
    }

    public List<CharacterizationView> ofHousehold(long householdId) {
        return jdbc.sql("select id from characterization where household_id = :h order by answered_on desc, id desc")
                .param("h", householdId).query(Long.class).list().stream().map(this::characterization).toList();
    }
}
