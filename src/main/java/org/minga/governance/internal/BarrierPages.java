package org.minga.governance.internal;

import static org.minga.governance.internal.PageActions.attempt;
import static org.minga.governance.internal.PageActions.perform;
import static org.minga.governance.internal.PageActions.split;

import java.util.ArrayList;
import java.util.List;

import org.minga.governance.internal.BodyReadModel.BodyView;
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

/** Governance pages of barriers and needs: the list, one with its escalation trail, raising and acting on one. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record BarrierPages(BodyService bodies, BarrierService barriers, Access access) {

    @GetMapping("/governance/barriers/{id:\\d+}")
    String barrier(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        BarrierReadModel.BarrierView x = barriers.requireVisible(id, user);
        BodyView current = bodies.byId(x.currentBodyId()).orElseThrow();
        boolean open = x.status() != Gov.BarrierStatus.RESOLVED && x.status() != Gov.BarrierStatus.CLOSED;
        model.addAttribute("x", x);
        model.addAttribute("trail", barriers.trail(id));
        model.addAttribute("canAct", open && bodies.canEdit(current, user));
        model.addAttribute("canEscalate", current.parentId() != null);
        return "governance/barrier";
    }

    @GetMapping("/governance/barriers")
    String barriersPage(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("results", barriers.list(access.pageJurisdiction(jurisdiction, user), user, null, status,
                PageRequest.of(page, 50)));
        return "governance/barriers";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/barriers")
    String raise(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String type, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, @RequestParam(required = false) String territoryCode,
            @RequestParam(required = false) String services, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> {
            List<Long> ids = new ArrayList<>();
            for (String s : split(services)) {
                if (!s.matches("\\d{1,18}")) {
                    throw new ValidationException("serviceIds", "El servicio '" + s + "' no es un número de servicio.");
                }
                ids.add(Long.parseLong(s));
            }
            return "/governance/barriers/" + barriers.raise(
                    new BarrierService.BarrierForm(id, kind, type, title, description, territoryCode, ids), user).id();
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/barriers/{id:\\d+}/act")
    String act(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        BarrierService.StepForm form = new BarrierService.StepForm(note, version);
        return perform("/governance/barriers/" + id, redirect, () -> {
            switch (action) {
                case "escalate" -> barriers.escalate(id, form, user);
                case "return" -> barriers.returnWithGuidance(id, form, user);
                case "resolve" -> barriers.resolve(id, form, user);
                default -> throw new ValidationException("action", "La acción '" + action + "' no existe.");
            }
        });
    }
}
