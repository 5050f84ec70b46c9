package org.minga.territory.internal.grouping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryGroupView;
import org.minga.territory.internal.prioritization.PrioritizationService;
import org.minga.territory.internal.variable.VariableCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The form that groups territories by shared needs, the saved clusterings, and one clustering with its map. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record GroupingPages(GroupingService service, VariableCatalog catalog, Jurisdictions jurisdictions, ObjectMapper json,
        @Value("${minga.map.tile-url:}") String tileUrl,
        @Value("${minga.map.tile-attribution:}") String tileAttribution) {

    /** What the map script needs per grouped territory. */
    record MapGroup(long id, String name, int group, String groupName) {
    }

    @GetMapping("/territories/groups")
    String form(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        List<Integer> years = catalog.yearsOf(j.id());
        return show(model, user, j, new ClusteringRequest(j.code(), "localidad", years.isEmpty() ? null : years.get(0),
                List.of(), 3, null), Map.of());
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/territories/groups")
    String cluster(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String level,
            @RequestParam(required = false) String year, @RequestParam(required = false) List<String> variables,
            @RequestParam(required = false) String groups, @RequestParam(required = false) String name,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Integer y = number("year", "El año", year, errors);
        Integer k = number("groups", "El número de grupos", groups, errors);
        ClusteringRequest request = new ClusteringRequest(j.code(), level, y,
                variables == null ? List.of() : variables, k, name);
        if (errors.isEmpty()) {
            try {
                return "redirect:/territories/groups/" + service.cluster(request, user).id();
            } catch (ValidationException e) {
                for (FieldError fe : e.errors()) {
                    errors.merge(fe.field(), fe.message(), (a, b) -> a + " " + b);
                }
            }
        }
        model.addAttribute("failed", true);
        return show(model, user, j, request, errors);
    }

    private static Integer number(String field, String what, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{1,4}")) {
            errors.put(field, what + " «" + text + "» no es un número entero.");
            return null;
        }
        return Integer.parseInt(text.strip());
    }

    private String show(Model model, CurrentUser user, Jurisdiction j, ClusteringRequest request,
            Map<String, String> errors) {
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(user));
        model.addAttribute("jurisdiction", j);
        model.addAttribute("levels", catalog.levels(j.id()));
        model.addAttribute("years", catalog.yearsOf(j.id()));
        model.addAttribute("variables", catalog.list(j.id()));
        model.addAttribute("request", request);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("clusterings", service.list(j.id(), user));
        model.addAttribute("canRun", PrioritizationService.canRun(user));
        model.addAttribute("method", ClusteringEngine.METHOD);
        return "territory/groups";
    }

    @GetMapping("/territories/groups/{id}")
    String show(@PathVariable long id, Model model) throws JsonProcessingException {
        ClusteringView c = service.require(id, CurrentUsers.require());
        List<MapGroup> mapGroups = new ArrayList<>();
        for (TerritoryGroupView g : c.groups()) {
            g.members().forEach(m -> mapGroups.add(new MapGroup(m.territoryId(), m.name(), g.number(), g.name())));
        }
        model.addAttribute("clustering", c);
        model.addAttribute("groupsJson", json.writeValueAsString(mapGroups));
        model.addAttribute("geometryUrl", UriComponentsBuilder.fromPath("/api/v1/territories/geometry")
                .queryParam("jurisdiction", c.jurisdictionCode()).queryParam("level", c.levelCode()).build()
                .toUriString());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "territory/group-clustering";
    }
}
