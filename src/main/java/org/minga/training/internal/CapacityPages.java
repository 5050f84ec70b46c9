package org.minga.training.internal;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Requires;
import org.minga.training.internal.domain.AssistanceKind;
import org.minga.training.internal.domain.ToolboxItemKind;
import org.minga.training.internal.domain.ToolboxLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The capacity catalogue with the teams' gaps, technical assistance (priority territories first) and the toolbox. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record CapacityPages(CapacityCatalogue catalogue, TechnicalAssistances assistance, Toolbox toolbox,
        TrainingAccess access, Jurisdictions jurisdictions) {

    private void common(String jurisdiction, Model model, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(jurisdiction == null && user.jurisdictionId() == null ? "11001"
                : jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(user));
        model.addAttribute("canManage", AccessPolicy.holds(user.role(), Capability.RUN_TRAINING));
    }

    @GetMapping("/training/capacities")
    String capacities(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        common(jurisdiction, model, user);
        Jurisdiction j = (Jurisdiction) model.getAttribute("jurisdiction");
        model.addAttribute("capacities", catalogue.catalogue(j));
        model.addAttribute("teams", catalogue.teams(j, user));
        return "training/capacities";
    }

    @GetMapping("/training/assistance")
    String assistance(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        common(jurisdiction, model, user);
        model.addAttribute("kinds", AssistanceKind.values());
        model.addAttribute("rows", assistance.prioritised((Jurisdiction) model.getAttribute("jurisdiction"), user));
        return "training/assistance";
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/assistance")
    String recordAssistance(@ModelAttribute TechnicalAssistances.AssistanceCommand form, RedirectAttributes redirect) {
        PageForms.submit(redirect, "Asistencia técnica registrada.", null,
                () -> assistance.record(form, CurrentUsers.require()));
        return "redirect:/training/assistance" + query(form.jurisdiction());
    }

    @GetMapping("/training/toolbox")
    String toolbox(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String level, Model model) {
        CurrentUser user = CurrentUsers.require();
        common(jurisdiction, model, user);
        model.addAttribute("levels", ToolboxLevel.values());
        model.addAttribute("kinds", ToolboxItemKind.values());
        model.addAttribute("level", level);
        model.addAttribute("items", toolbox.items((Jurisdiction) model.getAttribute("jurisdiction"), level, false));
        return "training/toolbox";
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/toolbox")
    String publishToolboxItem(@ModelAttribute Toolbox.ItemCommand form, RedirectAttributes redirect) {
        PageForms.submit(redirect, "Herramienta publicada.", form, () -> toolbox.publish(form, CurrentUsers.require()));
        return "redirect:/training/toolbox" + query(form.jurisdiction());
    }

    /** Who uses an item: the records chosen with the picker and a note. */
    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/toolbox/{id}/uses")
    String changeToolboxUses(@PathVariable long id, @ModelAttribute Toolbox.ToolboxUsesCommand form,
            @RequestParam(required = false) String jurisdiction, RedirectAttributes redirect) {
        PageForms.submit(redirect, "Se guardó quién usa la herramienta.", null,
                () -> toolbox.usedBy(id, form, CurrentUsers.require()));
        return "redirect:/training/toolbox" + query(jurisdiction);
    }

    private static String query(String jurisdiction) {
        return jurisdiction == null || jurisdiction.isBlank() ? ""
                : "?jurisdiction=" + java.net.URLEncoder.encode(jurisdiction, java.nio.charset.StandardCharsets.UTF_8);
    }
}
