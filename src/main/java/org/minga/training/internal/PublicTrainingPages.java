package org.minga.training.internal;

import org.minga.platform.Capability;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.Requires;
import org.minga.training.internal.domain.ToolboxLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What anyone may open without signing in: the check of a certificate's code (the name and the programme, nothing
 * else about the person) and the public items of a jurisdiction's toolbox.
 */
@Requires(Capability.PUBLIC)
@Controller
record PublicTrainingPages(TrainingQueries queries, Toolbox toolbox, Jurisdictions jurisdictions) {

    @GetMapping("/certificates")
    String verifyForm(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            return verify(code, model);
        }
        return "training/certificate-check";
    }

    @GetMapping("/certificates/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("certificate", queries.certificate(code).orElse(null));
        return "training/certificate-check";
    }

    @GetMapping("/toolbox/public")
    String publicToolbox(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String level, Model model) {
        Jurisdiction j = jurisdictions.byCode(jurisdiction == null || jurisdiction.isBlank() ? "11001"
                : jurisdiction.strip()).orElseThrow(() -> new NotFoundException("La jurisdicción no existe."));
        model.addAttribute("jurisdiction", j);
        model.addAttribute("jurisdictions", jurisdictions.all());
        model.addAttribute("levels", ToolboxLevel.values());
        model.addAttribute("level", level);
        model.addAttribute("items", toolbox.items(j, level, true));
        return "training/toolbox-public";
    }
}
