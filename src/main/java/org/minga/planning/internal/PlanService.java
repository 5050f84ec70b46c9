package org.minga.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import lombok.RequiredArgsConstructor;
import org.minga.planning.internal.PlanReadModel.NodeView;
import org.minga.planning.internal.PlanReadModel.PlanView;
import org.minga.planning.internal.domain.Sdg;
import org.minga.planning.internal.domain.NodeKind;
import org.minga.planning.internal.domain.Plan;
import org.minga.planning.internal.domain.PlanNode;
import org.minga.planning.internal.domain.PlanType;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans and their trees: draws a {@link Plan}, adds {@link PlanNode}s, records their budget and ODS links. */
@Service
@RequiredArgsConstructor
public class PlanService {

    public record NewPlan(@NotBlank(message = "Indique el código.") String code,
            @NotBlank(message = "Indique el nombre.") String name,
            @NotNull(message = "Elija el tipo de plan.") @Pattern(regexp = "PLAN_DESARROLLO|PLADECO|PLAN_TERRITORIAL_SALUD|PLAN_ACCION_LOCAL|PLAN_OPERATIVO", message = "Elija el tipo de plan.") String type,
            @NotNull(message = "Elija el territorio del plan.") Long territoryId,
            @NotNull(message = "Indique la fecha de inicio del periodo.") LocalDate startsOn,
            @NotNull(message = "Indique la fecha de fin del periodo.") LocalDate endsOn, String description) {
    }

    public record NewNode(Long parentId,
            @NotNull(message = KIND) @Pattern(regexp = "LINE|PROGRAMME|GOAL", message = KIND) String kind,
            @NotBlank(message = "Indique el código.") String code,
            @NotBlank(message = "Indique el nombre.") String name,
            String responsibleUnit,
            @DecimalMin(value = "0", message = "El presupuesto planeado no puede ser negativo.") BigDecimal budgetPlanned,
            @DecimalMin(value = "0", message = "El presupuesto ejecutado no puede ser negativo.") BigDecimal budgetExecuted) {

        static final String KIND = "Elija si es línea estratégica, programa u objetivo, o meta.";
    }

    private final PlanRepository plans;
    private final PlanNodeRepository nodes;
    private final PlanReadModel read;
    private final Territories territories;
    private final AuditLog audit;
    private final Validator validator;

    public List<PlanView> plans(CurrentUser user) {
        return read.plans(territories.scopeOf(user));
    }

    public PlanView plan(CurrentUser user, long id) {
        PlanView p = read.plan(id).orElseThrow(() -> new NotFoundException("El plan " + id + " no existe."));
        if (!territories.scopeOf(user).includesJurisdiction(p.jurisdictionId())) {
            throw new NotFoundException("El plan " + id + " no existe.");
        }
        return p;
    }

    @Transactional
    public PlanView createPlan(CurrentUser user, NewPlan cmd) {
        List<FieldError> errors = Violations.of(validator, cmd);
        if (errors.isEmpty() && cmd.endsOn().isBefore(cmd.startsOn())) {
            errors.add(new FieldError("endsOn", "La fecha de fin no puede ser anterior a la de inicio."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TerritoryView t = territories.requireVisible(cmd.territoryId(), user);
        if (read.planCodeTaken(t.jurisdictionId(), cmd.code().strip())) {
            throw new ValidationException("code", "Ya existe un plan con el código " + cmd.code().strip() + ".");
        }
        Plan plan = plans.save(Plan.draw(new Plan.Draft(t.jurisdictionId(), cmd.code(), cmd.name(),
                PlanType.valueOf(cmd.type()), t.id(), t.path(), cmd.startsOn(), cmd.endsOn(), cmd.description()),
                Instant.now()));
        long id = plan.id().value();
        audit.record("plan.create", "plan", id, t.jurisdictionId(), "Plan " + plan.name(), null, cmd);
        return plan(user, id);
    }

    public List<NodeView> nodes(long planId) {
        return read.nodes(planId);
    }

    @Transactional
    public long addNode(CurrentUser user, long planId, NewNode cmd) {
        PlanView p = plan(user, planId);
        territories.requireVisible(p.territoryId(), user);
        List<FieldError> errors = Violations.of(validator, cmd);
        if (cmd.parentId() != null && !read.nodeInPlan(cmd.parentId(), planId)) {
            errors.add(new FieldError("parentId", "El elemento superior no pertenece a este plan."));
        }
        if (errors.isEmpty() && read.nodeCodeTaken(planId, cmd.code().strip())) {
            errors.add(new FieldError("code",
                    "Ya hay un elemento con el código " + cmd.code().strip() + " en este plan."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        NodeKind kind = NodeKind.valueOf(cmd.kind());
        PlanNode node = nodes.save(PlanNode.add(new PlanNode.Draft(planId, cmd.parentId(), kind, cmd.code(),
                cmd.name(), cmd.responsibleUnit(), cmd.budgetPlanned(), cmd.budgetExecuted()),
                read.nextPosition(planId)));
        long id = node.id().value();
        audit.record("plan.node.create", "plan_node", id, p.jurisdictionId(),
                read.kindLabel(kind) + " " + cmd.name().strip(), null, cmd);
        return id;
    }

    @Transactional
    public void updateBudget(CurrentUser user, long planId, long nodeId, BigDecimal executed, int version) {
        PlanView p = plan(user, planId);
        territories.requireVisible(p.territoryId(), user);
        PlanNode node = nodes.findById(nodeId).filter(n -> n.planId() == planId).orElse(null);
        if (node == null) {
            if (executed == null || executed.signum() < 0) {
                throw new ValidationException("budgetExecuted", "Indique el presupuesto ejecutado (cero o más).");
            }
            throw staleNode();
        }
        BigDecimal before = node.recordExecution(executed);
        if (node.version() != version) {
            throw staleNode();
        }
        try {
            nodes.save(node);
        } catch (OptimisticLockingFailureException e) {
            throw staleNode();
        }
        audit.record("plan.node.budget", "plan_node", nodeId, p.jurisdictionId(), "Presupuesto ejecutado", before,
                executed);
    }

    @Transactional
    public void linkSdg(CurrentUser user, long planId, long nodeId, String targetCode) {
        PlanView p = plan(user, planId);
        territories.requireVisible(p.territoryId(), user);
        String code = targetCode == null ? "" : targetCode.strip().toLowerCase(Locale.ROOT);
        if (!read.sdgTargetExists(code)) {
            throw new ValidationException("target",
                    "La meta ODS '" + code + "' no existe: use el formato 1.1, 5.2 o 17.a.");
        }
        if (!read.nodeInPlan(nodeId, planId)) {
            throw new NotFoundException("El elemento " + nodeId + " no está en este plan.");
        }
        nodes.linkSdg(nodeId, code);
        audit.record("plan.node.sdg", "plan_node", nodeId, p.jurisdictionId(), "Vinculado a la meta ODS " + code, null,
                code);
    }

    public List<Sdg> sdgs() {
        return read.sdgs();
    }

    private static ConflictException staleNode() {
        return new ConflictException(
                "Otra persona cambió este elemento del plan: recargue la página y vuelva a intentarlo.");
    }
}
