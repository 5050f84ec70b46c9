package org.minga.participation.internal;

import java.util.ArrayList;
import java.util.List;

import org.minga.participation.internal.SpaceReadModel.SpaceView;
import org.minga.participation.internal.domain.ServiceStage;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** The maps drawn in a space: an empathy map per participant group and a service map per service point. */
@Service
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

    SpaceMaps(SpaceMapRepository repository, SpaceReadModel spaces, Scopes scopes, AuditLog audit, Labels labels) {
        this.repository = repository;
        this.spaces = spaces;
        this.scopes = scopes;
        this.audit = audit;
        this.labels = labels;
    }

    @Transactional
    EmpathyMapView addEmpathyMap(long spaceId, EmpathyMapCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = spaces.get(spaceId, user);
        List<FieldError> errors = new ArrayList<>();
        if (blankToNull(c.groupName()) == null || c.groupName().length() > 160) {
            errors.add(
                    new FieldError("groupName", "Indique el grupo de participantes del mapa (hasta 160 caracteres)."));
        }
        String[][] fields = {{"thinksFeels", c.thinksFeels()}, {"sees", c.sees()}, {"hears", c.hears()},
                {"saysDoes", c.saysDoes()}, {"pains", c.pains()}, {"gains", c.gains()}};
        if (!lengths(fields, 2000, "Cada cuadrante admite 2.000 caracteres.", errors)) {
            errors.add(new FieldError("thinksFeels", "Llene al menos un cuadrante del mapa de empatía."));
        }
        Codes.throwIfAny(errors);
        long id = repository.addEmpathyMap(spaceId, new EmpathyMapView(0, c.groupName().strip(),
                blankToNull(c.thinksFeels()), blankToNull(c.sees()), blankToNull(c.hears()),
                blankToNull(c.saysDoes()), blankToNull(c.pains()), blankToNull(c.gains())));
        EmpathyMapView v = repository.empathyMaps(spaceId).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow();
        audit.record("CREATE", "EmpathyMap", id, s.jurisdictionId(),
                "Mapa de empatía de " + v.groupName() + " en " + s.title(), null, v);
        return v;
    }

    /** Checks the length of each {field, value}; answers whether any is filled. */
    private static boolean lengths(String[][] fields, int max, String message, List<FieldError> errors) {
        boolean any = false;
        for (String[] f : fields) {
            if (f[1] != null && f[1].length() > max) {
                errors.add(new FieldError(f[0], message));
            }
            any |= blankToNull(f[1]) != null;
        }
        return any;
    }

    List<EmpathyMapView> empathyMaps(long spaceId) {
        return repository.empathyMaps(spaceId);
    }

    /** Records (or replaces) one stage of the service map of a service point. */
    @Transactional
    StageView saveStage(long spaceId, StageCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView s = spaces.get(spaceId, user);
        List<FieldError> errors = new ArrayList<>();
        String point = blankToNull(c.servicePoint()) == null ? s.servicePoint() : c.servicePoint().strip();
        if (point == null || point.length() > 160) {
            errors.add(new FieldError("servicePoint", "Indique el punto de atención del mapa de servicio."));
        }
        ServiceStage stage = Codes.parse(labels, ServiceStage.class, c.stage(), errors, "stage",
                "La etapa debe ser llegada, asignación de turno o cita, espera, atención o respuesta.");
        if (c.satisfaction() != null && (c.satisfaction() < 1 || c.satisfaction() > 5)) {
            errors.add(new FieldError("satisfaction", "La satisfacción va de 1 (muy baja) a 5 (muy alta)."));
        }
        lengths(new String[][]{{"touchpoints", c.touchpoints()}, {"worksWell", c.worksWell()},
                {"painPoints", c.painPoints()}, {"suggestions", c.suggestions()}}, 1000,
                "Cada campo de la etapa admite 1.000 caracteres.", errors);
        Codes.throwIfAny(errors);
        repository.saveStage(spaceId, new StageView(0, point, stage.name(), null, blankToNull(c.touchpoints()),
                blankToNull(c.worksWell()), blankToNull(c.painPoints()), blankToNull(c.suggestions()),
                c.satisfaction()));
        StageView v = repository.serviceMap(spaceId).stream()
                .filter(x -> x.servicePoint().equals(point) && x.stage().equals(stage.name())).findFirst()
                .orElseThrow();
        audit.record("SAVE", "ServiceMapStage", v.id(), s.jurisdictionId(),
                "Mapa de servicio de " + point + ": " + labels.spanish(stage), null, v);
        return v;
    }

    List<StageView> serviceMap(long spaceId) {
        return repository.serviceMap(spaceId);
    }
}
