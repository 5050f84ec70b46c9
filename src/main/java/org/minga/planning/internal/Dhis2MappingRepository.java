package org.minga.planning.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The DHIS2 mapping of a jurisdiction: read whole, replaced whole. */
@Component
record Dhis2MappingRepository(JdbcClient jdbc) {

    Optional<Dhis2Mapping> of(long jurisdictionId) {
        Optional<String[]> head = jdbc.sql("select data_set, id_scheme from dhis2_mapping where jurisdiction_id = :j")
                .param("j", jurisdictionId).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)})
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> orgUnits = new HashMap<>();
        jdbc.sql("select territory_id, org_unit from dhis2_org_unit where jurisdiction_id = :j")
                .param("j", jurisdictionId).query(r -> {
                    orgUnits.put(r.getLong(1), r.getString(2));
                });
        Map<Long, Dhis2Mapping.Element> elements = new HashMap<>();
        jdbc.sql("""
                select indicator_id, data_element, category_option_combo from dhis2_data_element
                where jurisdiction_id = :j""").param("j", jurisdictionId).query(r -> {
            elements.put(r.getLong(1), new Dhis2Mapping.Element(r.getString(2), r.getString(3)));
        });
        return Optional.of(new Dhis2Mapping(jurisdictionId, head.get()[0], head.get()[1], orgUnits, elements));
    }

    /** Replaces the jurisdiction's mapping with this one. */
    void replace(Dhis2Mapping m, String username) {
        jdbc.sql(
                """
                        insert into dhis2_mapping (jurisdiction_id, data_set, id_scheme, updated_by) values (:j, :d, :s, :by)
                        on conflict (jurisdiction_id) do update set data_set = excluded.data_set, id_scheme = excluded.id_scheme,
                          updated_by = excluded.updated_by, updated_at = now(), version = dhis2_mapping.version + 1""")
                .param("j", m.jurisdictionId()).param("d", m.dataSet()).param("s", m.idScheme()).param("by", username)
                .update();
        jdbc.sql("delete from dhis2_org_unit where jurisdiction_id = :j").param("j", m.jurisdictionId()).update();
        jdbc.sql("delete from dhis2_data_element where jurisdiction_id = :j").param("j", m.jurisdictionId()).update();
        m.orgUnits().forEach((territory, orgUnit) -> jdbc.sql("""
                insert into dhis2_org_unit (territory_id, jurisdiction_id, org_unit) values (:t, :j, :o)""")
                .param("t", territory).param("j", m.jurisdictionId()).param("o", orgUnit).update());
        m.elements().forEach((indicator, e) -> jdbc.sql("""
                insert into dhis2_data_element (indicator_id, jurisdiction_id, data_element, category_option_combo)
                values (:i, :j, :d, :c)""").param("i", indicator).param("j", m.jurisdictionId())
                .param("d", e.dataElement()).param("c", e.categoryOptionCombo()).update());
    }
}
