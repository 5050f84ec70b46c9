package org.minga.participation.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.participation.internal.SpaceReadModel.SpaceView;
import org.minga.participation.internal.domain.EmpathyMap;
import org.minga.participation.internal.domain.ServiceMap;
import org.minga.participation.internal.domain.ServiceStage;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** The maps drawn in a space: an empathy map per participant group and a service map per service point. */
@Service
@RequiredArgsConstructor
class SpaceMaps {

    record EmpathyMapCommand(String groupName, String thinksFeels, String sees, String hears, String saysDoes,
            String pains, String gains) {
    }

    record EmpathyMapView(long id, String groupName, String thinksFeels, String sees, String hears, String saysDoes,
            String pains, String gains) {
    }

    record StageCommand(String servicePoint, String stage, String touchpoints, String worksWell, String painPoints,
            String suggestions, Integer satisfaction) {
    }

    record StageView(long id, String servicePoint, String stage, String stageLabel, String touchpoints,
            String worksWell, String painPoints, String suggestions, Integer satisfaction) {
    }

    private final SpaceMapRepository repository;
    private final SpaceReadModel spaces;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Labels labels;

    @Transactional
    EmpathyMapView addEmpathyMap(long spaceId, EmpathyMapCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = spaces.get(spaceId, user);
        long id = repository.addEmpathyMap(spaceId, new EmpathyMap(c.groupName(), c.thinksFeels(), c.sees(),
                c.hears(), c.saysDoes(), c.pains(), c.gains()));
        EmpathyMapView v = repository.empathyMaps(spaceId).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow();
        audit.record("CREATE", "EmpathyMap", id, s.jurisdictionId(),
                "Mapa de empatía de " + v.groupName() + " en " + s.title(), null, v);
        return v;
    }

    List<EmpathyMapView> empathyMaps(long spaceId) {
        return repository.empathyMaps(spaceId);
    }

    /** Records (or replaces) one stage of the service map of a service point (the space's, unless given). */
    @Transactional
    StageView saveStage(long spaceId, StageCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = spaces.get(spaceId, user);
        ServiceMap.Stage stage = new ServiceMap.Stage(
                blankToNull(c.servicePoint()) == null ? s.servicePoint() : c.servicePoint(),
                labels.parse(ServiceStage.class, c.stage()).orElse(null), c.touchpoints(), c.worksWell(),
                c.painPoints(), c.suggestions(), c.satisfaction());
        repository.saveStage(spaceId, stage);
        StageView v = repository.serviceMap(spaceId).stream().filter(
                x -> x.servicePoint().equals(stage.servicePoint()) && x.stage().equals(stage.stage().name()))
                .findFirst().orElseThrow();
        audit.record("SAVE", "ServiceMapStage", v.id(), s.jurisdictionId(),
                "Mapa de servicio de " + stage.servicePoint() + ": " + labels.spanish(stage.stage()), null, v);
        return v;
    }

    List<StageView> serviceMap(long spaceId) {
        return repository.serviceMap(spaceId);
    }
}
