package org.minga.household.internal.care;

import java.time.LocalDate;

import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A need of the household and the action agreed for it, with its responsible and dates; part of a {@link CarePlan}. */
@Table("care_plan_action")
public class CarePlanAction {

    @Id
    private Long id;
    private String need;
    private String action;
    private CareActionCategory category;
    private Responsible responsibleType;
    private String responsibleName;
    private LocalDate startOn;
    private LocalDate dueOn;
    private ActionStatus status;
    private int version;

    CarePlanAction(Long id, String need, String action, CareActionCategory category, Responsible responsibleType,
            String responsibleName, LocalDate startOn, LocalDate dueOn, ActionStatus status, int version) {
        this.id = id;
        this.need = need;
        this.action = action;
        this.category = category;
        this.responsibleType = responsibleType;
        this.responsibleName = responsibleName;
        this.startOn = startOn;
        this.dueOn = dueOn;
        this.status = status;
        this.version = version;
    }

    /**
     * What was agreed: a need, its action (caring for people or, for an environmental action, for the place), a
     * responsible, and a due date not before the start.
     */
    public record Agreement(String need, String action, CareActionCategory category, Responsible responsibleType,
            String responsibleName, LocalDate startOn, LocalDate dueOn, ActionStatus status) {

        /** An action that cares for the people (category GENERAL). */
        public Agreement(String need, String action, Responsible responsibleType, String responsibleName,
                LocalDate startOn, LocalDate dueOn, ActionStatus status) {
            this(need, action, CareActionCategory.GENERAL, responsibleType, responsibleName, startOn, dueOn, status);
        }

        public Agreement {
            if (need == null || need.isBlank() || action == null || action.isBlank() || responsibleType == null
                    || responsibleName == null || responsibleName.isBlank()) {
                throw new ValidationException("action", "Describa la necesidad, la acción acordada y su responsable.");
            }
            if (startOn == null || dueOn == null || dueOn.isBefore(startOn)) {
                throw new ValidationException("dueOn", "La fecha límite no puede ser anterior a la de inicio.");
            }
            need = need.strip();
            action = action.strip();
            responsibleName = responsibleName.strip();
            status = status == null ? ActionStatus.PENDIENTE : status;
            category = category == null ? CareActionCategory.GENERAL : category;
        }
    }

    static CarePlanAction agreed(Agreement a) {
        return new CarePlanAction(null, a.need(), a.action(), a.category(), a.responsibleType(), a.responsibleName(),
                a.startOn(), a.dueOn(), a.status(), 0);
    }

    void moveTo(ActionStatus target, int seenVersion) {
        if (seenVersion != version) {
            throw new ConflictException("La acción no existe en este plan o alguien la modificó; recargue la página.");
        }
        this.status = target;
        this.version++;
    }

    public Long id() {
        return id;
    }

    public CareActionCategory category() {
        return category;
    }

    public ActionStatus status() {
        return status;
    }

    public int version() {
        return version;
    }
}
