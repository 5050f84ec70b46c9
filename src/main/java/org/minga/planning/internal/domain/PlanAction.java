package org.minga.planning.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.Aggregate;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action of an {@link ActionPlan} under one of its plan's goals: several responsible entities, a coordination
 * strategy, dates, territories, a status that only moves forward ({@link PlanActionStatus#canMoveTo}), resource
 * lines per entity, investment line and funding source in the plan's currency, and the work done under it.
 *
 * <p>Mapped by Spring Data JDBC to {@code plan_action} with its responsibles, territories, resources and links.
 */
@Table("plan_action")
public class PlanAction extends Aggregate<PlanAction> {

    /** What a new action needs; the goal already checked to belong to the action plan's plan. */
    public record Draft(long actionPlanId, long goalId, String code, String name, List<Responsible> responsibles,
            String coordinationStrategy, LocalDate startsOn, LocalDate endsOn, List<ActionTerritory> territories,
            Currency currency) {

        public Draft {
            if (code == null || code.isBlank()) {
                throw new ValidationException("code", "Indique el código de la acción.");
            }
            if (name == null || name.isBlank()) {
                throw new ValidationException("name", "Indique el nombre de la acción.");
            }
            List<Responsible> distinct = new ArrayList<>();
            for (Responsible r : responsibles == null ? List.<Responsible>of() : responsibles) {
                if (r != null && r.entity() != null && !r.entity().isBlank() && distinct.stream()
                        .noneMatch(x -> x.entity().equalsIgnoreCase(r.entity().strip()))) {
                    distinct.add(new Responsible(r.entity().strip(), r.actorId()));
                }
            }
            responsibles = List.copyOf(distinct);
            if (responsibles.isEmpty()) {
                throw new ValidationException("responsibles", "Indique al menos una entidad responsable.");
            }
            if (startsOn == null || endsOn == null) {
                throw new ValidationException("startsOn", "Indique las fechas de inicio y de fin de la acción.");
            }
            if (endsOn.isBefore(startsOn)) {
                throw new ValidationException("endsOn", "La fecha de fin no puede ser anterior a la de inicio.");
            }
            territories = territories == null ? List.of() : List.copyOf(territories);
        }
    }

    /** A resource line as typed: the amounts still to be checked against the action's currency. */
    public record NewResource(String entity, String investmentLine, long fundingSourceId, ResourceKind kind,
            String description, BigDecimal planned, BigDecimal committed, BigDecimal executed, Long actorId) {
    }

    private long actionPlanId;
    private long goalId;
    private String code;
    private String name;
    private String coordinationStrategy;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private PlanActionStatus status;
    private String currency;
    @MappedCollection(idColumn = "plan_action_id", keyColumn = "position")
    private List<Responsible> responsibles = new ArrayList<>();
    @MappedCollection(idColumn = "plan_action_id")
    private Set<ActionTerritory> territories = new LinkedHashSet<>();
    @MappedCollection(idColumn = "plan_action_id", keyColumn = "position")
    private List<ActionResource> resources = new ArrayList<>();
    @MappedCollection(idColumn = "plan_action_id")
    private Set<WorkLink> links = new LinkedHashSet<>();

    private PlanAction() {
    }

    /** A new action, planned. */
    public static PlanAction plan(Draft d) {
        PlanAction a = new PlanAction();
        a.actionPlanId = d.actionPlanId();
        a.goalId = d.goalId();
        a.code = d.code().strip();
        a.name = d.name().strip();
        a.coordinationStrategy = d.coordinationStrategy() == null || d.coordinationStrategy().isBlank() ? null
                : d.coordinationStrategy().strip();
        a.startsOn = d.startsOn();
        a.endsOn = d.endsOn();
        a.status = PlanActionStatus.PLANNED;
        a.currency = d.currency().getCurrencyCode();
        a.responsibles = new ArrayList<>(d.responsibles());
        a.territories = new LinkedHashSet<>(d.territories());
        return a;
    }

    /** Moves the action on; an illegal move (a done action back to planned...) is refused with the reason. */
    public PlanActionStatus moveTo(PlanActionStatus to) {
        if (to == null || !status.canMoveTo(to)) {
            throw new ValidationException("status", "Ese cambio de estado no está permitido: una acción planeada "
                    + "pasa a en ejecución o cancelada, una en ejecución a terminada o cancelada.");
        }
        PlanActionStatus before = status;
        status = to;
        return before;
    }

    /** Adds a resource line: amounts zero or more in the action's currency, executed not above committed. */
    public void assign(NewResource r) {
        if (r.entity() == null || r.entity().isBlank()) {
            throw new ValidationException("entity", "Indique la entidad que aporta el recurso.");
        }
        if (r.investmentLine() == null || r.investmentLine().isBlank()) {
            throw new ValidationException("investmentLine", "Indique la línea de inversión de la entidad.");
        }
        if (r.kind() == null) {
            throw new ValidationException("kind", "Elija si el recurso es dinero, talento humano o bienes.");
        }
        Money planned = Money.checked("planned", "lo planeado", r.planned(), currency());
        BigDecimal[] ce = checkedExecution(r.committed(), r.executed());
        resources.add(new ActionResource(r.entity().strip(), r.investmentLine().strip(), r.fundingSourceId(),
                r.kind(), r.description() == null || r.description().isBlank() ? null : r.description().strip(),
                planned.amount(), ce[0], ce[1], r.actorId()));
    }

    /** Records what is committed and executed of resource line {@code index} (from zero); returns the line before. */
    public ActionResource recordExecution(int index, BigDecimal committed, BigDecimal executed) {
        if (index < 0 || index >= resources.size()) {
            throw new ValidationException("resource", "Esa línea de recursos no existe en esta acción.");
        }
        BigDecimal[] ce = checkedExecution(committed, executed);
        ActionResource before = resources.get(index);
        resources.set(index, before.withExecution(ce[0], ce[1]));
        return before;
    }

    private BigDecimal[] checkedExecution(BigDecimal committed, BigDecimal executed) {
        Money c = Money.checked("committed", "lo comprometido", committed == null ? BigDecimal.ZERO : committed,
                currency());
        Money e = Money.checked("executed", "lo ejecutado", executed == null ? BigDecimal.ZERO : executed,
                currency());
        if (e.amount().compareTo(c.amount()) > 0) {
            throw new ValidationException("executed", "Lo ejecutado no puede superar lo comprometido.");
        }
        return new BigDecimal[]{c.amount(), e.amount()};
    }

    /** Ties a piece of work to this action; false if it already was. */
    public boolean link(String workKind, long workId, Instant now) {
        if (links.stream().anyMatch(l -> l.is(workKind, workId))) {
            return false;
        }
        return links.add(new WorkLink(workKind, workId, now));
    }

    /** Unties a piece of work; false if it was not tied. */
    public boolean unlink(String workKind, long workId) {
        return links.removeIf(l -> l.is(workKind, workId));
    }

    public long actionPlanId() {
        return actionPlanId;
    }

    public String name() {
        return name;
    }

    public PlanActionStatus status() {
        return status;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public List<ActionResource> resources() {
        return List.copyOf(resources);
    }
}
