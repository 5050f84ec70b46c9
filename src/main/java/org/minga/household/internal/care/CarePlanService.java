package org.minga.household.internal.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.care.CarePlanRecords.ActionCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.SettingPlanCommand;
import org.minga.household.internal.care.CarePlanRecords.VisitCommand;
import org.minga.household.internal.household.HouseholdRepository;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.shared.ScopeQueries.Located;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens care plans (of a family or of a care setting), agrees actions, follows them with visits and closes them: load, transition, save, audit. */
@Service
@RequiredArgsConstructor
public class CarePlanService {

    private final CarePlanRepository plans;
    private final CarePlanReadModel reads;
    private final HouseholdRepository households;
    private final ScopeQueries access;
    private final AuditLog audit;

    @Transactional
    public CarePlanView create(CarePlanCommand c, CurrentUser user) {
        access.requireWriter(user);
        if (c.householdId() == null) {
            throw new ValidationException("householdId", "Indique el hogar del plan de cuidado.");
        }
        Located h = access.household(c.householdId(), user);
        Jurisdiction j = access.jurisdiction(h.jurisdictionId());
        LocalDate opened = c.openedOn() == null ? LocalDate.now(j.zoneId()) : c.openedOn();
        List<FieldError> errors = new ArrayList<>();
        if (c.actions() == null || c.actions().isEmpty()) {
            errors.add(new FieldError("actions",
                    "El plan de cuidado necesita al menos una necesidad con su acción acordada."));
        } else {
            for (int i = 0; i < c.actions().size(); i++) {
                check(c.actions().get(i), "actions[" + i + "]", errors);
            }
        }
        if (plans.hasActivePlan(c.householdId())) {
            errors.add(new FieldError("householdId",
                    "El hogar ya tiene un plan de cuidado activo: agregue acciones a ese plan."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CarePlan plan = plans.save(CarePlan.open(j.id(), c.householdId(), h.path(), opened,
                c.actions().stream().map(CarePlanService::agreement).toList(), user.username()));
        CarePlanView v = reads.plan(plan.id().value());
        audit.record("CREATE", "CarePlan", v.id(), j.id(), "Plan de cuidado del hogar " + v.householdCode(), null, v);
        return v;
    }

    /**
     * Opens the care plan of a care setting (entorno cuidador): the same actions, follow-up and closing as a family's;
     * one active plan per setting.
     */
    @Transactional
    public CarePlanView createForSetting(SettingPlanCommand c, CurrentUser user) {
        access.requireWriter(user);
        if (c.settingId() == null) {
            throw new ValidationException("settingId", "Indique el entorno del plan de cuidado.");
        }
        Located s = access.setting(c.settingId(), user);
        Jurisdiction j = access.jurisdiction(s.jurisdictionId());
        LocalDate opened = c.openedOn() == null ? LocalDate.now(j.zoneId()) : c.openedOn();
        List<FieldError> errors = new ArrayList<>();
        checkAll(c.actions(), errors);
        if (plans.settingHasActivePlan(c.settingId())) {
            errors.add(new FieldError("settingId",
                    "El entorno ya tiene un plan de cuidado activo: agregue acciones a ese plan."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CarePlan plan = plans.save(CarePlan.openForSetting(j.id(), c.settingId(), s.path(), opened,
                c.actions().stream().map(CarePlanService::agreement).toList(), user.username()));
        CarePlanView v = reads.plan(plan.id().value());
        audit.record("CREATE", "CarePlan", v.id(), j.id(), "Plan de cuidado del entorno " + v.settingName(), null, v);
        return v;
    }

    private static void checkAll(List<ActionCommand> actions, List<FieldError> errors) {
        if (actions == null || actions.isEmpty()) {
            errors.add(new FieldError("actions",
                    "El plan de cuidado necesita al menos una necesidad con su acción acordada."));
        } else {
            for (int i = 0; i < actions.size(); i++) {
                check(actions.get(i), "actions[" + i + "]", errors);
            }
        }
    }

    private static CarePlanAction.Agreement agreement(ActionCommand a) {
        return new CarePlanAction.Agreement(a.need(), a.action(),
                Labels.read(CareActionCategory.class, a.category()).orElse(CareActionCategory.GENERAL),
                Responsible.parse(a.responsibleType()), a.responsibleName(), a.startOn(), a.dueOn(),
                ActionStatus.parse(a.status()));
    }

    private static void check(ActionCommand a, String f, List<FieldError> errors) {
        if (a.need() == null || a.need().isBlank()) {
            errors.add(new FieldError(f + ".need", "Describa la necesidad identificada."));
        }
        if (a.action() == null || a.action().isBlank()) {
            errors.add(new FieldError(f + ".action", "Describa la acción acordada."));
        }
        if (Responsible.parse(a.responsibleType()) == null) {
            errors.add(new FieldError(f + ".responsibleType", "El responsable debe ser FAMILIA, EQUIPO o ENTIDAD."));
        }
        if (a.responsibleName() == null || a.responsibleName().isBlank()) {
            errors.add(new FieldError(f + ".responsibleName",
                    "Indique quién es responsable (persona, equipo o entidad)."));
        }
        if (a.startOn() == null || a.dueOn() == null) {
            errors.add(new FieldError(f + ".dueOn", "Indique la fecha de inicio y la fecha límite de la acción."));
        } else if (a.dueOn().isBefore(a.startOn())) {
            errors.add(new FieldError(f + ".dueOn", "La fecha límite no puede ser anterior a la de inicio."));
        }
        if (a.category() != null && !a.category().isBlank()
                && Labels.read(CareActionCategory.class, a.category()).isEmpty()) {
            errors.add(new FieldError(f + ".category", "La categoría de la acción no existe: elija una de la lista "
                    + "(cuidado de las personas o una acción ambiental)."));
        }
        if (a.status() != null && ActionStatus.parse(a.status()) == null) {
            errors.add(
                    new FieldError(f + ".status", "El estado debe ser PENDIENTE, EN_CURSO, CUMPLIDA o NO_CUMPLIDA."));
        }
    }

    /** The plan the user reaches and may change, loaded; a closed plan is refused before anything else. */
    private CarePlan editable(long planId, CurrentUser user) {
        reads.plan(planId, user);
        access.requireWriter(user);
        CarePlan plan = plans.findById(planId).orElseThrow();
        plan.requireActive();
        return plan;
    }

    @Transactional
    public CarePlanView addAction(long planId, ActionCommand a, CurrentUser user) {
        CarePlanView before = reads.plan(planId, user);
        CarePlan plan = editable(planId, user);
        List<FieldError> errors = new ArrayList<>();
        check(a, "action", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        plan.agree(agreement(a));
        plans.save(plan);
        CarePlanView after = reads.plan(planId);
        audit.record("UPDATE", "CarePlan", planId, plan.jurisdictionId(), "Acción agregada al plan de cuidado", before,
                after);
        return after;
    }

    @Transactional
    public CarePlanView setActionStatus(long planId, long actionId, String status, int version, CurrentUser user) {
        return moveAction(planId, actionId, status, version, user, "Acción del plan " + planId + ": " + status);
    }

    /**
     * Takes back a status change made minutes ago: the action returns to {@code back}, refused (as a conflict) when
     * anything changed the action since ({@code version} is the one the change left).
     */
    @Transactional
    public CarePlanView undoActionStatus(long planId, long actionId, String back, int version, CurrentUser user) {
        return moveAction(planId, actionId, back, version, user,
                "Acción del plan " + planId + ": cambio deshecho, vuelve a " + back);
    }

    private CarePlanView moveAction(long planId, long actionId, String status, int version, CurrentUser user,
            String what) {
        CarePlanView before = reads.plan(planId, user);
        CarePlan plan = editable(planId, user);
        plan.moveAction(actionId, ActionStatus.parse(status), version);
        plans.save(plan);
        CarePlanView after = reads.plan(planId);
        audit.record("UPDATE", "CarePlanAction", actionId, plan.jurisdictionId(), what, before, after);
        return after;
    }

    @Transactional
    public CarePlanView addVisit(long planId, VisitCommand v, CurrentUser user) {
        CarePlan plan = editable(planId, user);
        LocalDate today = LocalDate.now(access.jurisdiction(plan.jurisdictionId()).zoneId());
        List<FieldError> errors = new ArrayList<>();
        if (v.visitedOn() == null || v.visitedOn().isAfter(today)) {
            errors.add(new FieldError("visitedOn", "Indique la fecha de la visita (hoy o antes)."));
        }
        if (v.notes() == null || v.notes().isBlank()) {
            errors.add(new FieldError("notes", "Escriba lo observado y acordado en la visita."));
        }
        if (v.nextVisitOn() != null && v.visitedOn() != null && !v.nextVisitOn().isAfter(v.visitedOn())) {
            errors.add(new FieldError("nextVisitOn", "La próxima visita debe ser posterior a esta."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        plan.visit(v.visitedOn(), v.notes(), v.nextVisitOn(), user.username(), today);
        plans.save(plan);
        if (plan.householdId() != null) {
            households.scheduleVisit(plan.householdId(), v.nextVisitOn());
        }
        audit.record("VISIT", "CarePlan", planId, plan.jurisdictionId(), "Visita de seguimiento del " + v.visitedOn(),
                null, v);
        return reads.plan(planId);
    }

    @Transactional
    public CarePlanView close(long planId, int version, CurrentUser user) {
        CarePlanView before = reads.plan(planId, user);
        CarePlan plan = editable(planId, user);
        plan.close(version, LocalDate.now(access.jurisdiction(plan.jurisdictionId()).zoneId()));
        plans.save(plan);
        CarePlanView after = reads.plan(planId);
        audit.record("CLOSE", "CarePlan", planId, plan.jurisdictionId(), "Plan de cuidado cerrado", before, after);
        return after;
    }
}
