package org.minga.planning.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.CurrentUser;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DHIS2 exports of the visible indicator values: optionally of one plan, territory or jurisdiction. An export
 * reads in one read-only transaction, so on one pooled connection taken once (an integration asks every few seconds,
 * and under load every connection asked for is a wait), and on the read replica when there is one, like the
 * situation room's exports.
 */
@Component
@RequiredArgsConstructor
class Dhis2Exports {

    private final IndicatorReports reports;
    private final Dhis2Mappings mappings;

    private List<Interop.Mapped> rows(CurrentUser user, Long plan, Long territory, String jurisdiction,
            LocalDate today) {
        List<Interop.Row> rows = reports.exportRows(user, plan, territory, today);
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            long j = mappings.jurisdiction(user, jurisdiction.strip()).id();
            rows = rows.stream().filter(r -> r.indicator().jurisdictionId() == j).toList();
            if (rows.isEmpty()) {
                throw new ValidationException("jurisdiction", "La jurisdicción no tiene valores de indicadores "
                        + "para exportar.");
            }
        }
        Map<Long, Optional<Dhis2Mapping>> byJurisdiction = new HashMap<>();
        rows.forEach(r -> byJurisdiction.computeIfAbsent(r.indicator().jurisdictionId(), mappings::of));
        return Interop.map(rows, byJurisdiction);
    }

    @Transactional(readOnly = true)
    Interop.DataValueSets dataValueSets(CurrentUser user, Long plan, Long territory, String jurisdiction,
            LocalDate today) {
        List<Interop.Mapped> rows = rows(user, plan, territory, jurisdiction, today);
        long j = rows.get(0).row().indicator().jurisdictionId();
        if (rows.stream().anyMatch(r -> r.row().indicator().jurisdictionId() != j)) {
            throw new ValidationException("jurisdiction", "Indique la jurisdicción (jurisdiction): un archivo "
                    + "dataValueSets lleva un solo conjunto de datos.");
        }
        return Interop.dataValueSets(rows, mappings.of(j).orElseThrow());
    }

    @Transactional(readOnly = true)
    String adx(CurrentUser user, Long plan, Long territory, String jurisdiction, LocalDate today) {
        return Interop.adx(rows(user, plan, territory, jurisdiction, today));
    }
}
