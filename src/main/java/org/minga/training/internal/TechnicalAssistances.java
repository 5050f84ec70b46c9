package org.minga.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;
import org.minga.territory.PrioritizationIndex;
import org.minga.territory.TerritoryView;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryTree;
import org.minga.training.internal.TrainingViews.AssistanceRow;
import org.minga.training.internal.domain.AssistanceKind;
import org.minga.training.internal.domain.TechnicalAssistance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical assistance to territories and local governments: recorded with its agreements and follow-up, and listed
 * with the territories of least institutional presence first, as the latest prioritisation ranks them (territory's
 * {@link PrioritizationIndex}: the best-ranked run that covers the assistance's territory or one above it).
 */
@Service
@RequiredArgsConstructor
class TechnicalAssistances {

    record AssistanceCommand(String jurisdiction, String territory, String kind, String topic, LocalDate heldOn,
            String agreements, LocalDate followUpOn, String responsible) {
    }

    private final TechnicalAssistanceRepository repository;
    private final AssistanceReadModel read;
    private final TrainingAccess access;
    private final PrioritizationIndex index;
    private final TerritoryTree tree;
    private final Territories territories;
    private final AuditLog audit;

    @Transactional
    long record(AssistanceCommand c, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        TerritoryView t = access.managedTerritory(j, c.territory(), user);
        AssistanceKind kind = Labels.read(AssistanceKind.class, c.kind()).orElse(null);
        if (c.kind() != null && !c.kind().isBlank() && kind == null) {
            throw new ValidationException("kind", "El tipo es visita o acompañamiento.");
        }
        TechnicalAssistance.Facts facts = new TechnicalAssistance.Facts(kind, c.topic(), c.heldOn(), c.agreements(),
                c.followUpOn(), c.responsible());
        TechnicalAssistance assistance = TechnicalAssistance.record(j.id(), t.id(), t.path(), facts, user.username());
        long id = repository.save(assistance).id().value();
        audit.record("CREATE", "TechnicalAssistance", id, j.id(), "Asistencia técnica a " + t.name(), null, null);
        return id;
    }

    /** The assistance in the user's reach, priority territories first (rank 1 first), then the latest. */
    List<AssistanceRow> prioritised(Jurisdiction j, CurrentUser user) {
        var scope = access.scope(user, Capability.READ_TERRITORIAL_INFO);
        if (!scope.includesJurisdiction(j.id())) {
            return List.of();
        }
        Map<String, Integer> rankByPath = ranks(j.id());
        List<AssistanceRow> out = new ArrayList<>();
        for (AssistanceReadModel.Located l : read.list(scope)) {
            if (l.row().jurisdictionId() != j.id()) {
                continue;
            }
            Integer rank = null;
            int depth = -1;
            for (Map.Entry<String, Integer> e : rankByPath.entrySet()) {
                if (l.territoryPath().startsWith(e.getKey()) && e.getKey().length() > depth) {
                    rank = e.getValue();
                    depth = e.getKey().length();
                }
            }
            AssistanceRow r = l.row();
            out.add(new AssistanceRow(r.id(), r.jurisdictionId(), r.territoryName(), rank, r.kind(), r.topic(),
                    r.heldOn(), r.agreements(), r.followUpOn(), r.responsible()));
        }
        out.sort(Comparator.comparing(AssistanceRow::priorityRank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AssistanceRow::heldOn, Comparator.reverseOrder()));
        return out;
    }

    /** The rank of every territory some level's latest run ranked, keyed by its path. */
    private Map<String, Integer> ranks(long jurisdictionId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        tree.levels(jurisdictionId).forEach(level -> index.latest(jurisdictionId, level.code()).values()
                .forEach(r -> {
                    if (r.rank() != null) {
                        territories.byId(r.territoryId()).ifPresent(t -> out.put(t.path(), r.rank()));
                    }
                }));
        return out;
    }
}
