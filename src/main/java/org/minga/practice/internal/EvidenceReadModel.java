package org.minga.practice.internal;

import static org.minga.practice.internal.EvidenceService.number;

import java.util.List;
import java.util.Optional;

import org.minga.practice.EvidenceSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The live figures of the records a practice links to that no {@link EvidenceSource} offers: a territory's children,
 * prioritisation runs and social variables, read from the territory module's tables (read only).
 */
@Component
record EvidenceReadModel(JdbcClient jdbc) {

    long childrenOf(long territoryId) {
        return jdbc.sql("select count(*) from territory where parent_id = :id").param("id", territoryId)
                .query(Long.class).single();
    }

    Optional<EvidenceSource.Evidence> prioritizationRun(long jurisdictionId, long runId) {
        return jdbc
                .sql("""
                        select r.id, r.name, r.year, r.level_name, r.scored_count,
                               (select territory_name from prioritization_result x where x.run_id = r.id and x.rank = 1 limit 1) as first
                        from prioritization_run r where r.id = :id and r.jurisdiction_id = :j""")
                .param("id", runId).param("j", jurisdictionId)
                .query((rs, n) -> new EvidenceSource.Evidence(rs.getString("name"),
                        "/territories/prioritization/runs/" + rs.getLong("id"),
                        List.of(new EvidenceSource.Figure("Año", String.valueOf(rs.getInt("year"))),
                                new EvidenceSource.Figure(
                                        "Territorios priorizados (" + rs.getString("level_name") + ")",
                                        number(rs.getInt("scored_count"))),
                                new EvidenceSource.Figure("Primer lugar",
                                        rs.getString("first") == null ? "—" : rs.getString("first")))))
                .optional();
    }

    Optional<EvidenceSource.Evidence> variable(long jurisdictionId, String ref) {
        return jdbc.sql("""
                select v.id, v.name, v.unit,
                       (select max(year) from variable_value x where x.variable_id = v.id) as last_year,
                       (select count(*) from variable_value x where x.variable_id = v.id) as values_count
                from social_variable v where v.jurisdiction_id = :j and (v.code = :r or cast(v.id as text) = :r)""")
                .param("j", jurisdictionId).param("r", ref)
                .query((rs, n) -> new EvidenceSource.Evidence(rs.getString("name"),
                        "/territories/variables/" + rs.getLong("id"),
                        List.of(new EvidenceSource.Figure("Unidad", rs.getString("unit")),
                                new EvidenceSource.Figure("Último año con datos",
                                        rs.getObject("last_year") == null ? "—"
                                                : String.valueOf(rs.getInt("last_year"))),
                                new EvidenceSource.Figure("Valores registrados", number(rs.getLong("values_count"))))))
                .optional();
    }
}
