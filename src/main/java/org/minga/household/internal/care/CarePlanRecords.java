package org.minga.household.internal.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.shared.FormValues;
import org.minga.platform.FieldError;
import org.minga.privacy.PersonalRecord;

/** The commands and views of care plans, of a family or of a care setting. */
public final class CarePlanRecords {

    private CarePlanRecords() {
    }

    /** What a page's action form offers to choose from: who is responsible, the statuses and the categories. */
    public static Map<String, Object> actionChoices() {
        return Map.of("responsibles", Responsible.names(), "actionStatuses", ActionStatus.names(), "categories",
                CareActionCategory.values());
    }

    /** The agreed action a page's form sent (a plan's first action, of a household or a setting, or one added). */
    public static ActionCommand actionFrom(Map<String, String> form, String prefix, List<FieldError> errors) {
        LocalDate start = FormValues.date(form.get("startOn"), prefix + ".dueOn", "Fecha de inicio", errors);
        LocalDate due = FormValues.date(form.get("dueOn"), prefix + ".dueOn", "Fecha límite", errors);
        return new ActionCommand(form.get("need"), form.get("action"), form.get("responsibleType"),
                form.get("responsibleName"), start, due, form.get("status"), form.get("category"));
    }

    /** An agreed action; {@code category} (code or words) is GENERAL when absent, or an environmental one. */
    public record ActionCommand(String need, String action, String responsibleType, String responsibleName,
            LocalDate startOn, LocalDate dueOn, String status, String category) {

        public ActionCommand(String need, String action, String responsibleType, String responsibleName,
                LocalDate startOn, LocalDate dueOn, String status) {
            this(need, action, responsibleType, responsibleName, startOn, dueOn, status, null);
        }
    }

    public record CarePlanCommand(Long householdId, LocalDate openedOn, List<ActionCommand> actions) {
    }

    /** A care plan opened for a care setting (entorno cuidador). */
    public record SettingPlanCommand(Long settingId, LocalDate openedOn, List<ActionCommand> actions) {
    }

    /** An action as shown; {@code overdue} when still open after its due date, on the jurisdiction's calendar. */
    public record ActionView(long id, String need, String action, String category, boolean environmental,
            String responsibleType, String responsibleName, LocalDate startOn, LocalDate dueOn, String status,
            boolean overdue, int version) {
    }

    public record VisitCommand(LocalDate visitedOn, String notes, LocalDate nextVisitOn) {
    }

    public record VisitView(long id, LocalDate visitedOn, String notes, LocalDate nextVisitOn, String createdBy) {
    }

    /**
     * A care plan with its subject: a household ({@code householdId}, {@code householdCode}) or a care setting
     * ({@code settingId}, {@code settingName}, {@code settingType}). Only a household's plan is a person's data.
     */
    public record CarePlanView(long id, long jurisdictionId, Long householdId, String householdCode, Long settingId,
            String settingName, String settingType, String status, LocalDate openedOn, LocalDate closedOn,
            List<ActionView> actions, List<VisitView> visits, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            if (householdId != null) {
                s.household(householdId, jurisdictionId);
            }
        }
    }
}
