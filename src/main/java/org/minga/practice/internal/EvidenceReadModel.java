package org.minga.practice.internal;

import static org.minga.practice.internal.EvidenceService.number;

import java.util.List;
import java.util.Optional;

import org.minga.practice.EvidenceSource;
import org.minga.territory.TerritoryRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The live figures of the records a practice links to that no {@link EvidenceSource} offers: a territory's children
 * (from the territory tree every module may read), prioritisation runs and social variables (from territory's
 * public {@link TerritoryRecords}).
 */
@Component
record EvidenceReadModel(JdbcClient jdbc, TerritoryRecords territory) {

    long childrenOf(long territoryId) {
        return jdbc.sql("select count(*) from territory where parent_id = :id").param("id", territoryId)
                .query(Long.class).single();
    }

    Optional<EvidenceSource.Evidence> prioritizationRun(long jurisdictionId, long runId) {
        return territory.run(jurisdictionId, runId)
                .map(r -> new EvidenceSource.Evidence(r.name(), "/territories/prioritization/runs/" + r.id(),
                        List.of(new EvidenceSource.Figure("Año", String.valueOf(r.year())),
                                new EvidenceSource.Figure("Territorios priorizados (" + r.levelName() + ")",
                                        number(r.scoredCount())),
                                new EvidenceSource.Figure("Primer lugar",
                                        r.firstPlace() == null ? "—" : r.firstPlace()))));
    }

    Optional<EvidenceSource.Evidence> variable(long jurisdictionId, String ref) {
        return territory.variable(jurisdictionId, ref)
                .map(v -> new EvidenceSource.Evidence(v.name(), "/territories/variables/" + v.id(),
                        List.of(new EvidenceSource.Figure("Unidad", v.unit()),
                                new EvidenceSource.Figure("Último año con datos",
                                        v.lastYear() == null ? "—" : String.valueOf(v.lastYear())),
                                new EvidenceSource.Figure("Valores registrados", number(v.valuesCount())))));
    }
}
