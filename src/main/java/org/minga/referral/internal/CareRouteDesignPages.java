package org.minga.referral.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minga.offer.Need;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.CareRouteViews.RouteCommand;
import org.minga.referral.internal.CareRouteViews.RouteView;
import org.minga.referral.internal.CareRouteViews.StepCommand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Designing care routes in the pages: a new route, or the next version of one, with its ordered steps (name,
 * responsible entity, optional service, maximum time in business days, conditions). The form has a row per step;
 * rows left empty are not steps.
 */
@Requires(Capability.CONFIGURE_JURISDICTION)
@Controller
record CareRouteDesignPages(CareRouteService routes, Jurisdictions jurisdictions, Labels labels) {

    /** Rows of steps the form offers beyond those the route has. */
    static final int SPARE_ROWS = 3;

    /** A step row of the form, as typed. */
    record StepRow(String name, String actorCode, String service, String maxDays, String conditions) {
    }

    @GetMapping("/care-routes/new")
    String create(@RequestParam(required = false) String jurisdiction, Model model) {
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, CurrentUsers.require());
        return form(model, j, null, new RouteCommand(null, null, null, null, List.of()), rows(List.of()), List.of());
    }

    @PostMapping("/care-routes")
    String create(@RequestParam(required = false) String jurisdiction, @RequestParam Map<String, String> params,
            Model model) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        try {
            return "redirect:/care-routes/" + routes.create(j, command(params), user).id();
        } catch (ValidationException e) {
            return form(model, j, null, typedCommand(params), typed(params), e.errors());
        }
    }

    @GetMapping("/care-routes/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        RouteView r = routes.requireRoute(id, CurrentUsers.require());
        List<StepRow> rows = r.steps().stream().map(s -> new StepRow(s.name(), s.actorCode(),
                s.serviceId() == null ? null : s.serviceId().toString(), String.valueOf(s.maxDays()), s.conditions()))
                .toList();
        return form(model, jurisdictions.byCode(r.jurisdictionCode()).orElseThrow(), r,
                new RouteCommand(r.code(), r.name(), r.description(), r.needCategory(), List.of(), r.version()),
                rows(rows), List.of());
    }

    @PostMapping("/care-routes/{id:\\d+}/edit")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        CurrentUser user = CurrentUsers.requireWriter();
        RouteView r = routes.requireRoute(id, user);
        Jurisdiction j = jurisdictions.byCode(r.jurisdictionCode()).orElseThrow();
        try {
            routes.revise(id, command(params), user);
            return "redirect:/care-routes/" + id;
        } catch (ValidationException e) {
            return form(model, j, r, typedCommand(params), typed(params), e.errors());
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return form(model, j, r, typedCommand(params), typed(params), List.of());
        }
    }

    private String form(Model model, Jurisdiction j, RouteView route, RouteCommand c, List<StepRow> rows,
            List<org.minga.platform.FieldError> errors) {
        model.addAttribute("jurisdiction", j);
        model.addAttribute("route", route);
        model.addAttribute("form", c);
        model.addAttribute("rows", rows);
        model.addAttribute("needs", Need.values());
        model.addAttribute("errors", errors);
        return "referral/route-form";
    }

    static List<StepRow> rows(List<StepRow> steps) {
        List<StepRow> rows = new ArrayList<>(steps);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new StepRow(null, null, null, null, null));
        }
        return rows;
    }

    /** The rows as typed, so a refused form keeps them. */
    static List<StepRow> typed(Map<String, String> p) {
        List<StepRow> rows = new ArrayList<>();
        for (int i = 0; p.containsKey("s" + i + "_name"); i++) {
            rows.add(new StepRow(p.get("s" + i + "_name"), p.get("s" + i + "_actor"), p.get("s" + i + "_service"),
                    p.get("s" + i + "_days"), p.get("s" + i + "_conditions")));
        }
        return rows;
    }

    /** The route's own fields as typed (its steps are the rows). */
    static RouteCommand typedCommand(Map<String, String> p) {
        String version = p.get("version");
        return new RouteCommand(p.get("code"), p.get("name"), p.get("description"), p.get("needCategory"), List.of(),
                version == null || !version.matches("\\d{1,9}") ? null : Integer.valueOf(version));
    }

    /** The route the form describes: the rows with anything typed, in their order. */
    static RouteCommand command(Map<String, String> p) {
        List<StepCommand> steps = new ArrayList<>();
        List<org.minga.platform.FieldError> bad = new ArrayList<>();
        List<StepRow> rows = typed(p);
        for (int i = 0; i < rows.size(); i++) {
            StepRow r = rows.get(i);
            if (blank(r.name()) && blank(r.actorCode()) && blank(r.service()) && blank(r.maxDays())
                    && blank(r.conditions())) {
                continue;
            }
            steps.add(new StepCommand(r.name(), null, null, r.actorCode(),
                    number(r.service(), "s" + i + "_service", "el servicio", bad),
                    integer(r.maxDays(), "s" + i + "_days", bad), r.conditions()));
        }
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
        RouteCommand c = typedCommand(p);
        return new RouteCommand(c.code(), c.name(), c.description(), c.needCategory(), steps, c.version());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Long number(String s, String field, String what, List<org.minga.platform.FieldError> bad) {
        if (blank(s)) {
            return null;
        }
        if (!s.strip().matches("\\d{1,18}")) {
            bad.add(new org.minga.platform.FieldError(field, "Indique " + what + " por su número."));
            return null;
        }
        return Long.valueOf(s.strip());
    }

    private static Integer integer(String s, String field, List<org.minga.platform.FieldError> bad) {
        if (blank(s)) {
            return null;
        }
        if (!s.strip().matches("\\d{1,4}")) {
            bad.add(new org.minga.platform.FieldError(field, "El tiempo máximo es un número de días hábiles."));
            return null;
        }
        return Integer.valueOf(s.strip());
    }
}
