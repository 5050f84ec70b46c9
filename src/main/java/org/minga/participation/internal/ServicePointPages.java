package org.minga.participation.internal;

import java.math.BigDecimal;
import java.util.List;

import org.minga.offer.ValueGroup;
import org.minga.participation.internal.ServicePointReadModel.PointView;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service point registry's page, with the evidence to choose the points of a dialogue. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record ServicePointPages(ServicePoints service, ServicePointReadModel read, Scopes scopes) {

    @GetMapping("/participation/service-points")
    String index(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        var j = scopes.jurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("points", read.all(j.id()));
        model.addAttribute("valueGroups", ValueGroup.values());
        model.addAttribute("canWrite", scopes.canWrite(user));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        return "participation/service-points";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/service-points")
    String register(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String name,
            @RequestParam(required = false) String territory, @RequestParam(required = false) String head,
            @RequestParam(required = false) String leadership, Model model) {
        try {
            service.register(CurrentUsers.requireWriter(),
                    new ServicePoints.NewPoint(jurisdiction, name, territory, head, leadership));
            return "redirect:/participation/service-points?jurisdiction=" + jurisdiction;
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return index(jurisdiction, model);
        }
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/service-points/{id}/value-groups")
    String characterise(@PathVariable long id, @RequestParam(required = false) String valueGroup,
            @RequestParam(required = false) BigDecimal sharePercent, Model model) {
        PointView p = service.point(CurrentUsers.require(), id);
        String code = scopes.jurisdiction(p.jurisdictionId()).code();
        try {
            service.characterise(CurrentUsers.requireWriter(), id,
                    new ServicePoints.Characterisation(valueGroup, sharePercent));
            return "redirect:/participation/service-points?jurisdiction=" + code;
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return index(code, model);
        }
    }
}
