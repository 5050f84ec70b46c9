package org.minga.governance.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link BodyTypeRepository}, in SQL. */
@RequiredArgsConstructor
class BodyTypeStatementsImpl implements BodyTypeStatements {

    private final JdbcClient jdbc;

    @Override
    public void ensureCatalogue(long jurisdictionId) {
        jdbc.sql("""
                insert into gov_body_type (jurisdiction_id, code, name, temporary, position)
                select j.id, s.code, s.name, s.temporary, s.position
                  from jurisdiction j join gov_body_type_standard s on s.country = j.country
                 where j.id = :j and not exists (select 1 from gov_body_type t where t.jurisdiction_id = j.id)
                on conflict (jurisdiction_id, code) do nothing""").param("j", jurisdictionId).update();
    }
}
