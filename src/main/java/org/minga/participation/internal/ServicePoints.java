package org.minga.participation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.offer.ValueGroup;
import org.minga.participation.internal.ServicePointReadModel.PointView;
import org.minga.participation.internal.domain.ServicePoint;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers {@link ServicePoint}s and characterises the value groups they serve. */
@Service
@RequiredArgsConstructor
public class ServicePoints {

    public record NewPoint(String jurisdiction, String name, String territory, String head, String leadership) {
    }

    public record Characterisation(String valueGroup, BigDecimal sharePercent) {
    }

    private final ServicePointRepository points;
    private final ServicePointReadModel read;
    private final Scopes scopes;
    private final Labels labels;
    private final AuditLog audit;

    PointView point(CurrentUser user, long id) {
        PointView p = read.byId(id).orElseThrow(() -> new NotFoundException("El punto " + id + " no existe."));
        if (!scopes.territories().scopeOf(user).includesJurisdiction(p.jurisdictionId())) {
            throw new NotFoundException("El punto " + id + " no existe.");
        }
        return p;
    }

    @Transactional
    public long register(CurrentUser user, NewPoint cmd) {
        scopes.requireWriter(user);
        Jurisdiction j = scopes.jurisdiction(cmd.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = scopes.territory(null, cmd.territory(), j.code(), user, "territory", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ServicePoint p = ServicePoint.register(j.id(), cmd.name(), t.id(), t.path(), cmd.head(), cmd.leadership());
        if (read.nameTaken(j.id(), p.name())) {
            throw new ValidationException("name", "Ya hay un punto de atención llamado «" + p.name() + "».");
        }
        long id = points.save(p).id().value();
        audit.record("service-point.create", "service_point", id, j.id(), "Punto " + p.name(), null, cmd);
        return id;
    }

    @Transactional
    public void characterise(CurrentUser user, long id, Characterisation cmd) {
        scopes.requireWriter(user);
        point(user, id);
        ServicePoint p = points.findById(id).orElseThrow();
        p.characterise(cmd.valueGroup() == null ? null
                : labels.parse(ValueGroup.class, cmd.valueGroup()).orElse(null), cmd.sharePercent());
        points.save(p);
        audit.record("service-point.value-group", "service_point", id, p.jurisdictionId(),
                "Grupo de valor " + cmd.valueGroup(), null, cmd);
    }
}
