package org.minga.territory.internal.diagnosis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.territory.DiagnosisView;
import org.minga.territory.TerritorialDiagnoses;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a new version of a territory's shared diagnosis (for whoever runs the local bodies there) and reads its
 * versions (for whoever reads the territory).
 */
@Service
@RequiredArgsConstructor
public class DiagnosisService implements TerritorialDiagnoses {

    private final TerritorialDiagnosisRepository diagnoses;
    private final DiagnosisReadModel readModel;
    private final Territories territories;
    private final AuditLog audit;

    /** Saves the next version (the first when there is none); the previous versions stay as they were. */
    @Transactional
    public DiagnosisView write(long territoryId, TerritorialDiagnosis.Content content, CurrentUser user) {
        TerritoryView t = territories.requireVisible(territoryId, user);
        if (!territories.scopeOf(user, Capability.RUN_GOVERNANCE).includes(t.jurisdictionId(), t.path())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") puede leer el diagnóstico de "
                    + t.name() + ", pero no escribirlo.");
        }
        TerritorialDiagnosis next = diagnoses.findLatest(territoryId)
                .map(d -> d.next(content, user.username()))
                .orElseGet(() -> TerritorialDiagnosis.first(t.jurisdictionId(), territoryId, content,
                        user.username()));
        TerritorialDiagnosis saved = diagnoses.save(next);
        audit.record("CREATE", "territorial_diagnosis", saved.id().value(), t.jurisdictionId(),
                "Diagnóstico territorial de " + t.name() + ", versión " + saved.edition(), null,
                Map.of("territory", t.code(), "edition", saved.edition(), "authoredBy", content.authoredBy()));
        return readModel.latest(territoryId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DiagnosisView> latest(long territoryId, CurrentUser user) {
        territories.requireVisible(territoryId, user);
        return readModel.latest(territoryId);
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<DiagnosisView> versions(long territoryId, CurrentUser user) {
        territories.requireVisible(territoryId, user);
        return readModel.versions(territoryId);
    }
}
