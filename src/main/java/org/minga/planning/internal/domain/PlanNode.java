package org.minga.planning.internal.domain;

import java.math.BigDecimal;

import org.minga.platform.Aggregate;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An element of a plan's tree: a strategic line, a programme or objective, or a goal ({@link NodeKind}), with the
 * unit responsible and its budget, planned and executed (never negative). Its own aggregate, not a child of
 * {@link Plan}: indicators and ODS links point at it by id.
 *
 * <p>Mapped by Spring Data JDBC to {@code plan_node}.
 */
@Table("plan_node")
public class PlanNode extends Aggregate<PlanNode> {

    /** What a new element needs, its shape already checked. */
    public record Draft(long planId, Long parentId, NodeKind kind, String code, String name, String responsibleUnit,
            BigDecimal budgetPlanned, BigDecimal budgetExecuted) {
    }

    private long planId;
    private Long parentId;
    private NodeKind kind;
    private String code;
    private String name;
    private String responsibleUnit;
    private BigDecimal budgetPlanned;
    private BigDecimal budgetExecuted;
    private int position;

    private PlanNode() {
    }

    /** A new element, placed after the plan's last ({@code position}). */
    public static PlanNode add(Draft d, int position) {
        PlanNode n = new PlanNode();
        n.planId = d.planId();
        n.parentId = d.parentId();
        n.kind = d.kind();
        n.code = d.code().strip();
        n.name = d.name().strip();
        n.responsibleUnit = d.responsibleUnit() == null || d.responsibleUnit().isBlank() ? null
                : d.responsibleUnit().strip();
        n.budgetPlanned = d.budgetPlanned();
        n.budgetExecuted = d.budgetExecuted();
        n.position = position;
        return n;
    }

    /** The budget executed so far: zero or more. */
    public BigDecimal recordExecution(BigDecimal executed) {
        if (executed == null || executed.signum() < 0) {
            throw new ValidationException("budgetExecuted", "Indique el presupuesto ejecutado (cero o más).");
        }
        BigDecimal before = budgetExecuted;
        budgetExecuted = executed;
        return before;
    }

    public long planId() {
        return planId;
    }
}
