package org.minga.household.internal.care;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.care.CarePlanRecords.ActionCommand;
import org.minga.household.internal.care.CarePlanRecords.ActionView;
import org.minga.household.internal.care.CarePlanRecords.CarePlanCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.VisitCommand;
import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.household.internal.household.HouseholdView;
import org.minga.household.internal.shared.FormValues;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Requires;
import org.minga.platform.Undo;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: a care plan (of a household or of a care setting), its actions and follow-up visits. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
record CarePlanPages(CarePlanService plans, CarePlanReadModel reads, HouseholdReadModel households,
        ScopeQueries access) {

    /** How long "Deshacer" is offered after a status change. */
    private static final Duration UNDO_WINDOW = Duration.ofMinutes(10);

    private String today(HouseholdView h) {
        return today(h.jurisdictionId());
    }

    private String today(long jurisdictionId) {
        return LocalDate.now(access.jurisdiction(jurisdictionId).zoneId()).toString();
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/households/{id}/care-plans/new")
    String newPlan(@PathVariable long id, Model model) {
        access.household(id, CurrentUsers.require());
        HouseholdView h = households.household(id);
        String today = today(h);
        return planForm(h,
                Map.of("startOn", today, "openedOn", today, "status", "PENDIENTE", "responsibleType", "EQUIPO"),
                List.of(), model);
    }

    private String planForm(HouseholdView h, Map<String, String> form, List<FieldError> errors, Model model) {
        model.addAttribute("household", h);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAllAttributes(CarePlanRecords.actionChoices());
        return "household/care-plan-form";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/households/{id}/care-plans")
    String createPlan(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        LocalDate opened = FormValues.date(form.get("openedOn"), "openedOn", "Fecha de apertura", errors);
        ActionCommand a = action(form, "actions[0]", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            CarePlanView p = plans.create(new CarePlanCommand(id, opened, List.of(a)), user);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/care-plans/" + p.id();
        } catch (ValidationException e) {
            access.household(id, user);
            return planForm(households.household(id), form, e.errors(), model);
        }
    }

    private static ActionCommand action(Map<String, String> form, String prefix, List<FieldError> errors) {
        return CarePlanRecords.actionFrom(form, prefix, errors);
    }

    @GetMapping("/care-plans/{id}")
    String plan(@PathVariable long id, Model model) {
        return planPage(id, null, Map.of(), List.of(), model);
    }

    private String planPage(long id, String failed, Map<String, String> form, List<FieldError> errors, Model model) {
        CurrentUser user = CurrentUsers.require();
        CarePlanView p = reads.plan(id, user);
        if (p.householdId() != null) {
            model.addAttribute("household", households.household(p.householdId()));
        }
        String today = today(p.jurisdictionId());
        Map<String, String> values = new LinkedHashMap<>(
                Map.of("startOn", today, "visitedOn", today, "status", "PENDIENTE",
                        "responsibleType", "EQUIPO", "category", "GENERAL"));
        values.putAll(form);
        model.addAttribute("plan", p);
        model.addAttribute("form", values);
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", List.of());
        model.addAttribute("canWrite", access.canWrite(user) && "ACTIVO".equals(p.status()));
        model.addAllAttributes(CarePlanRecords.actionChoices());
        return "household/care-plan";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/actions")
    String addAction(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        ActionCommand a = action(form, "action", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            plans.addAction(id, a, CurrentUsers.require());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/care-plans/" + id;
        } catch (ValidationException e) {
            return planPage(id, "action", form, e.errors(), model);
        }
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/actions/{actionId}")
    String setActionStatus(@PathVariable long id, @PathVariable long actionId, @RequestParam String status,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        try {
            String from = action(reads.plan(id, user), actionId).status();
            ActionView after = action(plans.setActionStatus(id, actionId, status, version, user), actionId);
            redirect.addFlashAttribute("saved", true);
            if (!from.equals(after.status())) {
                redirect.addFlashAttribute("undo", new Undo("/care-plans/" + id + "/actions/" + actionId + "/undo",
                        Map.of("status", from, "version", String.valueOf(after.version())),
                        UNDO_WINDOW.toSeconds()));
            }
            return "redirect:/care-plans/" + id;
        } catch (ValidationException e) {
            return planPage(id, "status", Map.of(), e.errors(), model);
        }
    }

    private static ActionView action(CarePlanView plan, long actionId) {
        return plan.actions().stream().filter(a -> a.id() == actionId).findFirst()
                .orElseThrow(() -> new ConflictException("La acción no existe en este plan; recargue la página."));
    }

    /** "Deshacer" right after a status change: the action goes back, unless someone changed it since. */
    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/actions/{actionId}/undo")
    String undoActionStatus(@PathVariable long id, @PathVariable long actionId, @RequestParam String status,
            @RequestParam int version, RedirectAttributes redirect) {
        try {
            plans.undoActionStatus(id, actionId, status, version, CurrentUsers.require());
            redirect.addFlashAttribute("undone", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("undoRefused", e.getMessage());
        }
        return "redirect:/care-plans/" + id;
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/visits")
    String addVisit(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate visited = FormValues.date(form.get("visitedOn"), "visitedOn", "Fecha de la visita", errors);
        LocalDate next = FormValues.date(form.get("nextVisitOn"), "nextVisitOn", "Próxima visita", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            plans.addVisit(id, new VisitCommand(visited, form.get("notes"), next), CurrentUsers.require());
            redirect.addFlashAttribute("visited", true);
            return "redirect:/care-plans/" + id;
        } catch (ValidationException e) {
            return planPage(id, "visit", form, e.errors(), model);
        }
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/close")
    String closePlan(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        plans.close(id, version, CurrentUsers.require());
        redirect.addFlashAttribute("closed", true);
        return "redirect:/care-plans/" + id;
    }
}
