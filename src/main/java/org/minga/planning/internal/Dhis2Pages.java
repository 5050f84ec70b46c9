package org.minga.planning.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.minga.planning.internal.Dhis2Mappings.ElementLine;
import org.minga.planning.internal.Dhis2Mappings.MappingCommand;
import org.minga.planning.internal.Dhis2Mappings.MappingView;
import org.minga.planning.internal.Dhis2Mappings.OrgUnitLine;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.FormPages;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DHIS2 page of a jurisdiction: its mapping (data set, id scheme, one line per territory and per indicator),
 * the exports with those identifiers, and the import of a dataValueSets file.
 */
@Requires(Capability.READ_AGGREGATES)
@Controller
record Dhis2Pages(Dhis2Mappings mappings, Dhis2Import imports, Jurisdictions jurisdictions, ObjectMapper json) {

    @GetMapping("/planning/dhis2")
    String page(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        String code = jurisdiction != null && !jurisdiction.isBlank() ? jurisdiction.strip()
                : visible.isEmpty() ? null : visible.get(0).code();
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("canWrite", AccessPolicy.holds(user.role(), Capability.MANAGE_PLANS));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        if (code != null) {
            MappingView m = mappings.view(user, code);
            model.addAttribute("mapping", m);
            if (!model.containsAttribute("orgUnitText")) {
                model.addAttribute("orgUnitText", String.join("\n",
                        m.orgUnits().stream().map(l -> l.territoryCode() + ";" + l.orgUnit()).toList()));
                model.addAttribute("elementText", String.join("\n", m.dataElements().stream()
                        .map(l -> l.indicatorCode() + ";" + l.dataElement()
                                + (l.categoryOptionCombo().isEmpty() ? "" : ";" + l.categoryOptionCombo()))
                        .toList()));
            }
        }
        return "planning/dhis2";
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/dhis2")
    String save(@RequestParam String jurisdiction, @RequestParam(required = false) String dataSet,
            @RequestParam(required = false) String idScheme, @RequestParam(required = false) String orgUnits,
            @RequestParam(required = false) String dataElements, Model model, RedirectAttributes redirect) {
        try {
            mappings.save(CurrentUsers.requireWriter(), jurisdiction, new MappingCommand(dataSet, idScheme,
                    lines(orgUnits).stream().map(c -> new OrgUnitLine(c[0], c.length > 1 ? c[1] : null)).toList(),
                    lines(dataElements).stream().map(c -> new ElementLine(c[0], c.length > 1 ? c[1] : null,
                            c.length > 2 ? c[2] : null)).toList()));
            redirect.addFlashAttribute("message", "Mapeo DHIS2 guardado.");
            return "redirect:/planning/dhis2?jurisdiction=" + jurisdiction;
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("orgUnitText", orgUnits);
            model.addAttribute("elementText", dataElements);
            return page(jurisdiction, model);
        }
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/dhis2/import")
    String importFile(@RequestParam String jurisdiction, @RequestParam("file") MultipartFile file, Model model,
            RedirectAttributes redirect) {
        return FormPages.orPage(model, () -> {
            int n;
            try {
                n = imports.load(CurrentUsers.requireWriter(), jurisdiction, json.readTree(file.getInputStream()));
            } catch (IOException e) {
                throw new ValidationException("file", "El archivo no es JSON: " + e.getMessage());
            }
            redirect.addFlashAttribute("message", n + " valores importados de DHIS2.");
            return "redirect:/planning/dhis2?jurisdiction=" + jurisdiction;
        }, () -> page(jurisdiction, model));
    }

    /** Lines of "a;b;c" (also tabs or commas, as a spreadsheet pastes them), blank lines skipped. */
    static List<String[]> lines(String text) {
        List<String[]> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip().split("\\s*[;\\t,]\\s*"));
            }
        }
        return out;
    }
}
