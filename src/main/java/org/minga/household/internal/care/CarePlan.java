package org.minga.household.internal.care;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.household.internal.shared.StateTransitionRefused;
import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A care plan: the needs found in its subject, the actions agreed with owners and dates, and the follow-up visits. The
 * subject is a household (plan de cuidado familiar) or a care setting (a school, a workplace, a community space, an
 * institution: entorno cuidador), never both; both are followed the same way. An active plan takes actions, status
 * changes and visits; a closed plan is history and refuses them.
 */
@Table("care_plan")
public class CarePlan extends Aggregate<CarePlan> {

    public enum Status {
        ACTIVO, CERRADO
    }

    private long jurisdictionId;
    private Long householdId;
    private Long settingId;
    private String territoryPath;
    private Status status;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private String createdBy;
    @MappedCollection(idColumn = "care_plan_id")
    private Set<CarePlanAction> actions = new LinkedHashSet<>();
    @MappedCollection(idColumn = "care_plan_id")
    private Set<CarePlanVisit> visits = new LinkedHashSet<>();

    private CarePlan() {
    }

    /** A plan as it stands, for {@link #open} and tests; Spring Data JDBC reads it field by field. */
    CarePlan(long jurisdictionId, Long householdId, Long settingId, String territoryPath, Status status,
            LocalDate openedOn, LocalDate closedOn, String createdBy, Set<CarePlanAction> actions,
            Set<CarePlanVisit> visits) {
        this.jurisdictionId = jurisdictionId;
        this.householdId = householdId;
        this.settingId = settingId;
        this.territoryPath = territoryPath;
        this.status = status;
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        this.createdBy = createdBy;
        if (actions != null) {
            this.actions.addAll(actions);
        }
        if (visits != null) {
            this.visits.addAll(visits);
        }
    }

    /** A plan opened for a household with at least one agreed action. */
    public static CarePlan open(long jurisdictionId, long householdId, String territoryPath, LocalDate openedOn,
            List<CarePlanAction.Agreement> agreed, String createdBy) {
        return opened(jurisdictionId, householdId, null, territoryPath, openedOn, agreed, createdBy);
    }

    /** A plan opened for a care setting (entorno cuidador) with at least one agreed action. */
    public static CarePlan openForSetting(long jurisdictionId, long settingId, String territoryPath,
            LocalDate openedOn, List<CarePlanAction.Agreement> agreed, String createdBy) {
        return opened(jurisdictionId, null, settingId, territoryPath, openedOn, agreed, createdBy);
    }

    private static CarePlan opened(long jurisdictionId, Long householdId, Long settingId, String territoryPath,
            LocalDate openedOn, List<CarePlanAction.Agreement> agreed, String createdBy) {
        if (agreed == null || agreed.isEmpty()) {
            throw new ValidationException("actions",
                    "El plan de cuidado necesita al menos una necesidad con su acción acordada.");
        }
        CarePlan p = new CarePlan(jurisdictionId, householdId, settingId, territoryPath, Status.ACTIVO, openedOn,
                null, createdBy, null, null);
        agreed.forEach(a -> p.actions.add(CarePlanAction.agreed(a)));
        return p;
    }

    public void agree(CarePlanAction.Agreement a) {
        requireActive();
        actions.add(CarePlanAction.agreed(a));
    }

    /** Changes an action's status; {@code seenVersion} is the action's version the user saw. */
    public void moveAction(long actionId, ActionStatus target, int seenVersion) {
        requireActive();
        if (target == null) {
            throw new ValidationException("status", "El estado debe ser PENDIENTE, EN_CURSO, CUMPLIDA o NO_CUMPLIDA.");
        }
        actions.stream().filter(a -> a.id() != null && a.id() == actionId).findFirst()
                .orElseThrow(() -> new ConflictException(
                        "La acción no existe en este plan o alguien la modificó; recargue la página."))
                .moveTo(target, seenVersion);
    }

    /** Records a follow-up visit; returns it (its next visit is the household's). */
    public CarePlanVisit visit(LocalDate visitedOn, String notes, LocalDate nextVisitOn, String by, LocalDate today) {
        requireActive();
        CarePlanVisit v = CarePlanVisit.made(visitedOn, notes, nextVisitOn, by, today);
        visits.add(v);
        return v;
    }

    public void close(int seenVersion, LocalDate today) {
        requireActive();
        requireVersion(seenVersion);
        this.status = Status.CERRADO;
        this.closedOn = today;
    }

    public void requireVersion(int seen) {
        requireVersion(seen, () -> new ConflictException("Otra persona modificó este plan; recargue la página."));
    }

    public void requireActive() {
        if (status != Status.ACTIVO) {
            throw new StateTransitionRefused("El plan de cuidado está cerrado.");
        }
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    /** The household followed, or null for a setting's plan. */
    public Long householdId() {
        return householdId;
    }

    /** The care setting followed, or null for a family's plan. */
    public Long settingId() {
        return settingId;
    }

    public Status status() {
        return status;
    }

    public Set<CarePlanAction> actions() {
        return java.util.Collections.unmodifiableSet(actions);
    }

    public int visitCount() {
        return visits.size();
    }
}
