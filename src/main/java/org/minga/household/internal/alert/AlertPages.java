package org.minga.household.internal.alert;

import java.util.List;

import org.minga.household.internal.alert.AlertRecords.AlertUpdate;
import org.minga.household.internal.alert.AlertRecords.AlertView;
import org.minga.platform.ConflictException;
import org.minga.platform.FieldError;
import org.minga.platform.Undo;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the alerts of the user's scope, open ones first, and their handling. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
record AlertPages(AlertReadModel reads, AlertService alerts, ScopeQueries access) {

    @GetMapping("/alerts")
    String alerts(@RequestParam(required = false) String status, @RequestParam(required = false) String severity,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        String shown = status == null ? "ABIERTA" : status;
        model.addAttribute("status", shown);
        model.addAttribute("severity", severity);
        model.addAttribute("alerts", reads.alerts(null, shown.isEmpty() ? null : shown, severity, null, null, user,
                PageRequest.of(page, 50)));
        model.addAttribute("canWrite", access.canWrite(user));
        return "household/alerts";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/alerts/{id}")
    String updateAlert(@PathVariable long id, @RequestParam String status, @RequestParam(required = false) String note,
            @RequestParam int version, RedirectAttributes redirect) {
        try {
            AlertView after = alerts.update(id, new AlertUpdate(status, note, null, version),
                    CurrentUsers.require());
            redirect.addFlashAttribute("saved", id);
            if ("CERRADA".equals(after.status())) {
                redirect.addFlashAttribute("undo",
                        new Undo("/alerts/" + id + "/undo", after.version(), Alert.UNDO_WINDOW));
            }
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/alerts";
    }

    /** "Deshacer" right after a closing: the alert goes back to the status it had, unless something changed. */
    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/alerts/{id}/undo")
    String undoClose(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        try {
            alerts.undoClose(id, version, CurrentUsers.require());
            redirect.addFlashAttribute("undone", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("undo", e.getMessage())));
        }
        return "redirect:/alerts";
    }
}
