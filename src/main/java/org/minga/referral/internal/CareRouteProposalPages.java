package org.minga.referral.internal;

import java.util.List;
import java.util.Map;

import org.minga.offer.Need;
import org.minga.offer.ValueGroup;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.MingaException;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.CareRouteViews.Prefill;
import org.minga.referral.internal.CareRouteViews.ProposalCommand;
import org.minga.referral.internal.CareRouteViews.RouteCommand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A care route proposed from a community priority, in the pages: the design form prefilled from the priority chosen
 * (name, population, territory, the priority shown as its origin), and its approval on the route's page.
 */
@Requires(Capability.RUN_PARTICIPATION)
@Controller
record CareRouteProposalPages(CareRouteProposals proposals, Jurisdictions jurisdictions) {

    @GetMapping("/care-routes/proposals/new")
    String form(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String priority,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        Prefill p = proposals.prefill(j, priority, user);
        return page(model, j, p, new RouteCommand("RUTA-PC-" + p.priority().substring(p.priority().indexOf(':') + 1),
                p.name(), null, null, List.of()), p.population(),
                CareRouteDesignPages.rows(List.of()), List.of());
    }

    @PostMapping("/care-routes/proposals")
    String propose(@RequestParam(required = false) String jurisdiction, @RequestParam Map<String, String> params,
            Model model) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        Prefill p = proposals.prefill(j, params.get("priority"), user);
        try {
            RouteCommand c = CareRouteDesignPages.command(params);
            String territory = params.get("territoryId");
            return "redirect:/care-routes/" + proposals.propose(j, new ProposalCommand(p.priority(), c.code(),
                    c.name(), c.description(), c.needCategory(), params.get("population"),
                    territory == null || !territory.matches("\\d{1,18}") ? null : Long.valueOf(territory), c.steps()),
                    user).id();
        } catch (ValidationException e) {
            return page(model, j, p, CareRouteDesignPages.typedCommand(params), params.get("population"),
                    CareRouteDesignPages.typed(params), e.errors());
        }
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/care-routes/{id:\\d+}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        try {
            proposals.approve(id, CurrentUsers.requireWriter());
        } catch (MingaException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("status", e.getMessage())));
        }
        return "redirect:/care-routes/" + id;
    }

    private static String page(Model model, Jurisdiction j, Prefill p, RouteCommand c, String population,
            List<CareRouteDesignPages.StepRow> rows, List<FieldError> errors) {
        model.addAttribute("jurisdiction", j);
        model.addAttribute("route", null);
        model.addAttribute("proposal", p);
        model.addAttribute("population", population);
        model.addAttribute("populations", ValueGroup.values());
        model.addAttribute("form", c);
        model.addAttribute("rows", rows);
        model.addAttribute("needs", Need.values());
        model.addAttribute("errors", errors);
        return "referral/route-form";
    }
}
