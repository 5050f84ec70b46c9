package org.minga.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.planning.PlanActions;
import org.minga.planning.PlannedWork;
import org.minga.planning.internal.ActionPlanReadModel.ActionPlanView;
import org.minga.planning.internal.domain.ActionResource;
import org.minga.planning.internal.domain.Money;
import org.minga.planning.internal.domain.PlanAction;
import org.minga.planning.internal.domain.PlanActionStatus;
import org.minga.planning.internal.domain.ResourceKind;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a {@link PlanAction} once planned: resource lines per entity and source, what is committed and
 * executed, its status, and the work tied to it (the {@link PlanActions} other modules call).
 */
@Service
@RequiredArgsConstructor
public class ActionExecution implements PlanActions {

    public record NewResource(String entity, String investmentLine, String source, String kind, String description,
            BigDecimal planned, BigDecimal committed, BigDecimal executed) {
    }

    private final PlanActionRepository actions;
    private final ActionPlanReadModel read;
    private final ActionPlanning planning;
    private final Territories territories;
    private final PlanService planService;
    private final List<PlannedWork> works;
    private final Labels labels;
    private final AuditLog audit;

    @Transactional
    public void assignResource(CurrentUser user, long actionId, NewResource cmd) {
        Loaded a = writable(user, actionId);
        ResourceKind kind = cmd.kind() == null ? null : labels.parse(ResourceKind.class, cmd.kind()).orElse(null);
        long source = planning.fundingSources(a.plan().jurisdictionId()).stream()
                .filter(s -> cmd.source() != null && s.code().equalsIgnoreCase(cmd.source().strip())).findFirst()
                .orElseThrow(() -> new ValidationException("source",
                        "Elija una fuente de financiación del catálogo de la jurisdicción."))
                .id();
        org.minga.planning.internal.domain.Responsible entity = cmd.entity() == null || cmd.entity().isBlank() ? null
                : planning.responsible(a.plan().jurisdictionId(), cmd.entity());
        a.action().assign(new PlanAction.NewResource(entity == null ? cmd.entity() : entity.entity(),
                cmd.investmentLine(), source, kind, cmd.description(), cmd.planned(), cmd.committed(), cmd.executed(),
                entity == null ? null : entity.actorId()));
        save(a.action());
        audit.record("plan-action.resource", "plan_action", actionId, a.plan().jurisdictionId(),
                "Recurso de " + cmd.entity() + ": " + Money.format(cmd.planned(), a.action().currency()), null, cmd);
    }

    @Transactional
    public void recordExecution(CurrentUser user, long actionId, int index, BigDecimal committed,
            BigDecimal executed, int version) {
        Loaded a = writable(user, actionId);
        ActionResource before = a.action().recordExecution(index, committed, executed);
        if (a.action().version() != version) {
            throw stale();
        }
        save(a.action());
        audit.record("plan-action.execution", "plan_action", actionId, a.plan().jurisdictionId(),
                "Ejecución de " + before.entity(), before, a.action().resources().get(index));
    }

    @Transactional
    public void move(CurrentUser user, long actionId, String status) {
        Loaded a = writable(user, actionId);
        PlanActionStatus to = status == null ? null : labels.parse(PlanActionStatus.class, status).orElse(null);
        PlanActionStatus before = a.action().moveTo(to);
        save(a.action());
        audit.record("plan-action.status", "plan_action", actionId, a.plan().jurisdictionId(),
                "Acción " + labels.spanish(to), before, to);
    }

    @Override
    @Transactional
    public void link(CurrentUser user, long actionId, String workKind, long workId) {
        Loaded a = writable(user, actionId);
        PlannedWork kind = works.stream().filter(w -> w.kind().equals(workKind)).findFirst()
                .orElseThrow(() -> new ValidationException("work", "Elija el tipo de trabajo que se vincula."));
        if (kind.works(a.plan().jurisdictionId()).stream().noneMatch(w -> w.id() == workId)) {
            throw new ValidationException("work", "Ese trabajo no existe en la jurisdicción del plan.");
        }
        if (a.action().link(workKind, workId, Instant.now())) {
            save(a.action());
            audit.record("plan-action.link", "plan_action", actionId, a.plan().jurisdictionId(),
                    kind.label() + " " + workId + " vinculada a la acción", null, workKind + ":" + workId);
        }
    }

    @Override
    @Transactional
    public void unlink(CurrentUser user, long actionId, String workKind, long workId) {
        Loaded a = writable(user, actionId);
        if (a.action().unlink(workKind, workId)) {
            save(a.action());
            audit.record("plan-action.unlink", "plan_action", actionId, a.plan().jurisdictionId(),
                    "Trabajo desvinculado de la acción", workKind + ":" + workId, null);
        }
    }

    @Override
    public List<ServedAction> servedBy(String workKind, long workId) {
        return served(read.servedBy(workKind, workId));
    }

    @Override
    public Map<Long, List<ServedAction>> servedByEach(String workKind, Collection<Long> workIds) {
        Map<Long, List<ServedAction>> out = new LinkedHashMap<>();
        read.servedByEach(workKind, workIds)
                .forEach((work, rows) -> out.put(work, served(rows)));
        return out;
    }

    @Override
    public List<ServedAction> ofEntity(long actorId) {
        return served(read.ofEntity(actorId));
    }

    private static List<ServedAction> served(List<ActionPlanReadModel.Served> rows) {
        return rows.stream().map(s -> {
            java.util.Currency c = java.util.Currency.getInstance(s.currency());
            return new ServedAction(s.actionId(), s.code(), s.name(), s.actionPlanId(), s.actionPlanName(),
                    s.planName(), Money.format(s.planned(), c), Money.format(s.executed(), c));
        }).toList();
    }

    private record Loaded(ActionPlanView plan, PlanAction action) {
    }

    private Loaded writable(CurrentUser user, long actionId) {
        long apId = read.actionPlanOf(actionId)
                .orElseThrow(() -> new NotFoundException("La acción " + actionId + " no existe."));
        ActionPlanView ap = planning.actionPlan(user, apId);
        territories.requireVisible(planService.plan(user, ap.planId()).territoryId(), user);
        return new Loaded(ap, actions.findById(actionId).orElseThrow());
    }

    private void save(PlanAction action) {
        try {
            actions.save(action);
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
    }

    private static ConflictException stale() {
        return new ConflictException("Otra persona cambió esta acción: recargue la página y vuelva a intentarlo.");
    }
}
