package org.minga.referral.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Care route pages: the routes with their steps, applying one to a person, and the route's progress. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record CareRoutePages(CareRouteService routes, Jurisdictions jurisdictions, Households households) {

    @GetMapping("/care-routes")
    String list(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("routes", routes.routes(j));
        model.addAttribute("canPropose",
                org.minga.platform.AccessPolicy.holds(user.role(), Capability.RUN_PARTICIPATION));
        return "referral/routes";
    }

    @GetMapping("/care-routes/{id:\\d+}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        CurrentUser user = CurrentUsers.require();
        CareRouteViews.RouteView route = routes.requireRoute(id, version, user);
        model.addAttribute("route", route);
        // a route is applied in the version in force: an earlier one is only shown
        model.addAttribute("canApply", ReferralAccess.canSend(user) && route.routeVersion() == route.currentVersion()
                && !route.standing().proposed());
        model.addAttribute("canDesign", org.minga.platform.AccessPolicy.reachesWholeJurisdiction(user,
                Capability.CONFIGURE_JURISDICTION, jurisdictions.byCode(route.jurisdictionCode()).orElseThrow().id()));
        model.addAttribute("documentTypes", DocumentType.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "referral/route";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-routes/{id:\\d+}/applications")
    String apply(@PathVariable long id, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String documentType, @RequestParam(required = false) String documentNumber,
            @RequestParam(required = false) String needDescription, @RequestParam(required = false) String origin,
            @RequestParam(required = false) String priority, @RequestParam(required = false) Boolean shareAuthorized,
            @RequestParam(required = false) String shareEvidence,
            @RequestParam(required = false) String ineligibleJustification, Model model) {
        CurrentUser user = CurrentUsers.require();
        try {
            Long pid = personId;
            if (pid == null) {
                CareRouteViews.RouteView route = routes.requireRoute(id, user);
                Jurisdiction j = jurisdictions.byCode(route.jurisdictionCode()).orElseThrow();
                DocumentType type = DocumentType.parse(documentType);
                if (type == null || documentNumber == null || documentNumber.isBlank()) {
                    throw new ValidationException("documentNumber",
                            "Indique el tipo y el número de documento de la persona.");
                }
                pid = households.personByDocument(j.id(), type, documentNumber.strip()).map(Households.PersonRef::id)
                        .orElseThrow(
                                () -> new ValidationException("documentNumber", "No hay una persona registrada con "
                                        + type.name() + " " + documentNumber.strip() + "."));
            }
            CareRouteViews.ApplicationView app = routes.apply(id,
                    new CareRouteViews.ApplyCommand(pid, needDescription,
                            origin, null, priority, shareAuthorized, shareEvidence, ineligibleJustification),
                    user);
            return "redirect:/care-routes/applications/" + app.id();
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return detail(id, null, model);
        }
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/care-routes/applications/{id:\\d+}")
    String application(@PathVariable long id, Model model) {
        model.addAttribute("app", routes.application(id, CurrentUsers.require()));
        return "referral/application";
    }
}
