package org.minga.household.internal.setting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.internal.care.CarePlanReadModel;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.setting.CareSettingReadModel.PlanFigure;
import org.minga.household.internal.setting.CareSettingReadModel.SettingView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care settings (entornos cuidadores): registering a school, a workplace, a community space or an institution in a
 * territory (optionally tied to an actor, read through actor's API), reading it with its care plans, and the figures
 * of their plans. The plans themselves are household's care plans, followed by {@code CarePlanService}.
 */
@Service
@RequiredArgsConstructor
public class CareSettings {

    /** A setting as a form or the API sends it: type and territory by code or words, actor by code or name. */
    public record SettingForm(String jurisdiction, String code, String name, String type, String territoryCode,
            String address, String actorCode) {
    }

    /** A setting with the actor it is tied to and its care plans (the active one first). */
    public record SettingDetail(SettingView setting, String actorName, List<CarePlanView> plans) {
    }

    private final CareSettingRepository repository;
    private final CareSettingReadModel reads;
    private final CarePlanReadModel plans;
    private final ScopeQueries access;
    private final Territories territories;
    private final Actors actors;
    private final Labels labels;
    private final AuditLog audit;

    @Transactional
    public SettingView register(SettingForm f, CurrentUser user) {
        access.requireWriter(user);
        Jurisdiction j = access.jurisdiction(f.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        SettingType type = labels.parse(SettingType.class, f.type()).orElse(null);
        if (type == null) {
            errors.add(new FieldError("type",
                    "Indique el tipo de entorno: educativo, laboral, comunitario o institucional."));
        }
        TerritoryView t = null;
        if (f.territoryCode() == null || f.territoryCode().isBlank()) {
            errors.add(new FieldError("territoryCode", "Indique el territorio del entorno."));
        } else {
            t = territories.byCode(j.id(), f.territoryCode().strip()).orElse(null);
            if (t == null) {
                errors.add(new FieldError("territoryCode",
                        "No existe el territorio " + f.territoryCode().strip() + " en " + j.name() + "."));
            }
        }
        Long actorId = null;
        if (f.actorCode() != null && !f.actorCode().isBlank()) {
            actorId = actors.named(j.id(), f.actorCode()).orError("actorCode", "el actor", errors)
                    .map(ActorSummary::id).orElse(null);
        }
        if (f.code() != null && !f.code().isBlank() && reads.codeTaken(j.id(), f.code())) {
            errors.add(new FieldError("code", "Ya existe un entorno con el código " + f.code().strip() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!ScopeQueries.inScope(access.scope(user), j.id(), t.path())) {
            throw new ForbiddenException("El territorio " + t.name() + " está fuera de su alcance territorial.");
        }
        CareSetting s = repository.save(CareSetting.register(f.code(), f.name(), type,
                new CareSetting.Place(j.id(), t.id(), t.path(), f.address()), actorId, user.username(),
                Instant.now()));
        SettingView v = reads.setting(s.id().value());
        audit.record("CREATE", "CareSetting", v.id(), j.id(), "Entorno cuidador " + v.name(), null, v);
        return v;
    }

    public SettingDetail detail(long id, CurrentUser user) {
        access.setting(id, user);
        SettingView s = reads.setting(id);
        String actorName = s.actorId() == null ? null
                : actors.byId(s.actorId()).map(ActorSummary::displayName).orElse(null);
        return new SettingDetail(s, actorName,
                plans.plans(null, id, null, user, PageRequest.of(0, 20)).items());
    }

    public PageResult<SettingView> list(String type, CurrentUser user, PageRequest page) {
        SettingType t = labels.parse(SettingType.class, type).orElse(null);
        if (type != null && !type.isBlank() && t == null) {
            throw new ValidationException("type", "El tipo de entorno no existe: educativo, laboral, comunitario o "
                    + "institucional.");
        }
        return reads.settings(access.scope(user), t, page);
    }

    /** The figures of the settings' care plans in the user's reach for figures: counts only. */
    public List<PlanFigure> figures(CurrentUser user) {
        return reads.figures(access.scope(user, Capability.READ_AGGREGATES));
    }
}
