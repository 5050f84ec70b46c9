package org.minga.territory.internal.prioritization;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.ImportNumbers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.minga.territory.internal.variable.Decimals;
import org.minga.territory.internal.variable.VariableDirection;
import org.minga.territory.internal.variable.SocialVariable;
import org.minga.territory.internal.variable.VariableCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The prioritisation form, a saved run with its ranking and map, and the list of past runs. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record PrioritizationPages(PrioritizationService service, VariableCatalog catalog, Jurisdictions jurisdictions,
        ObjectMapper json, @Value("${minga.map.tile-url:}") String tileUrl,
        @Value("${minga.map.tile-attribution:}") String tileAttribution) {
    private static final Pattern VARIABLE_FIELD = Pattern.compile("variables\\[(\\d+)]\\.(\\w+)");

    /** One line of the form: a catalogue variable, whether it is included, its weight and direction. */
    record VariableRow(SocialVariable variable, boolean included, String weight, String direction) {
    }

    /** What the map script needs per ranked territory. */
    record MapScore(long id, String name, Integer rank, BigDecimal score) {
    }

    @GetMapping("/territories/prioritization")
    String form(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long from,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        Jurisdiction j = jurisdiction != null && !jurisdiction.isBlank()
                ? jurisdictions.requireVisible(jurisdiction.strip(), user)
                : user.jurisdictionId() != null ? jurisdictions.byId(user.jurisdictionId()).orElse(null)
                        : visible.isEmpty() ? null : visible.get(0);
        String name = null;
        Map<String, VariableRow> rows = new LinkedHashMap<>();
        if (j != null) {
            for (SocialVariable v : catalog.list(j.id())) {
                rows.put(v.code(), new VariableRow(v, true, "1", v.direction().name()));
            }
        }
        if (from != null) {
            // repeat a past run: same level, year, variables, weights and directions
            RunView past = service.require(from, user);
            j = jurisdictions.byId(past.jurisdictionId()).orElseThrow();
            if (rows.isEmpty()) {
                catalog.list(j.id())
                        .forEach(v -> rows.put(v.code(), new VariableRow(v, true, "1", v.direction().name())));
            }
            level = past.levelCode();
            year = past.year();
            name = past.name();
            Map<String, RunInputs.Variable> used = new HashMap<>();
            past.inputs().variables().forEach(v -> used.put(v.code(), v));
            rows.replaceAll((code, row) -> used.containsKey(code)
                    ? new VariableRow(row.variable(), true, Decimals.display(used.get(code).weight()),
                            used.get(code).direction())
                    : new VariableRow(row.variable(), false, row.weight(), row.direction()));
        }
        if (j != null && year == null) {
            List<Integer> years = catalog.yearsOf(j.id());
            year = years.isEmpty() ? org.minga.platform.Times.todayHere().getYear() : years.get(0);
        }
        return showForm(model, user, visible, j, level, year, name, new ArrayList<>(rows.values()), Map.of());
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/territories/prioritization")
    String run(@RequestParam MultiValueMap<String, String> params, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = service.jurisdictionFor(params.getFirst("jurisdiction"), user);
        List<String> included = params.getOrDefault("include", List.of());
        Map<String, String> errors = new LinkedHashMap<>();
        List<VariableRow> rows = new ArrayList<>();
        List<RunRequest.VariableChoice> choices = new ArrayList<>();
        List<String> choiceCodes = new ArrayList<>();
        for (SocialVariable v : catalog.list(j.id())) {
            boolean in = included.contains(v.code());
            String weightText = params.getFirst("weight." + v.code());
            String direction = params.getFirst("direction." + v.code());
            rows.add(new VariableRow(v, in, weightText, direction == null ? v.direction().name() : direction));
            if (!in) {
                continue;
            }
            BigDecimal weight = null;
            try {
                weight = ImportNumbers.decimal(weightText);
            } catch (NumberFormatException e) {
                errors.put("weight." + v.code(), "El peso de «" + v.name() + "» no es válido: " + e.getMessage() + ".");
                continue;
            }
            choices.add(new RunRequest.VariableChoice(v.code(), weight, direction));
            choiceCodes.add(v.code());
        }
        String level = params.getFirst("level");
        Integer year = null;
        String yearText = params.getFirst("year");
        if (yearText != null && !yearText.isBlank()) {
            if (yearText.strip().matches("\\d{1,4}")) {
                year = Integer.parseInt(yearText.strip());
            } else {
                errors.put("year", "El año '" + yearText + "' no es válido.");
            }
        }
        String name = params.getFirst("name");
        if (errors.isEmpty()) {
            try {
                RunView run = service.run(new RunRequest(j.code(), level, year, choices, name), user);
                return "redirect:/territories/prioritization/runs/" + run.id();
            } catch (ValidationException e) {
                for (FieldError fe : e.errors()) {
                    Matcher m = VARIABLE_FIELD.matcher(fe.field());
                    String key = m.matches() ? m.group(2) + "." + choiceCodes.get(Integer.parseInt(m.group(1)))
                            : fe.field();
                    errors.merge(key, fe.message(), (a, b) -> a + " " + b);
                }
            }
        }
        model.addAttribute("failed", true);
        return showForm(model, user, jurisdictions.visibleTo(user), j, level, year, name, rows, errors);
    }

    private String showForm(Model model, CurrentUser user, List<Jurisdiction> visible, Jurisdiction j, String level,
            Integer year, String name, List<VariableRow> rows, Map<String, String> errors) {
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("levels", j == null ? List.of() : catalog.levels(j.id()));
        model.addAttribute("years", j == null ? List.of() : catalog.yearsOf(j.id()));
        model.addAttribute("level", level);
        model.addAttribute("year", year);
        model.addAttribute("name", name);
        model.addAttribute("rows", rows);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("directions", VariableDirection.values());
        model.addAttribute("canRun", PrioritizationService.canRun(user));
        return "territory/prioritization";
    }

    @GetMapping("/territories/prioritization/runs/{id}")
    String show(@PathVariable long id, Model model) throws JsonProcessingException {
        CurrentUser user = CurrentUsers.require();
        RunView run = service.require(id, user);
        Map<Long, Map<String, BigDecimal>> raw = new HashMap<>();
        run.inputs().values().forEach(v -> raw.put(v.territoryId(), v.values()));
        List<MapScore> scores = run.results().stream()
                .map(r -> new MapScore(r.territoryId(), r.name(), r.rank(), r.score())).toList();
        model.addAttribute("run", run);
        model.addAttribute("raw", raw);
        model.addAttribute("scoresJson", json.writeValueAsString(scores));
        model.addAttribute("geometryUrl", UriComponentsBuilder.fromPath("/api/v1/territories/geometry")
                .queryParam("jurisdiction", run.inputs().jurisdictionCode()).queryParam("level", run.levelCode())
                .build().toUriString());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        model.addAttribute("canRun", PrioritizationService.canRun(user));
        return "territory/prioritization-run";
    }

    /** The same method over several years side by side: {@code ?runs=1&runs=2}. */
    @GetMapping("/territories/prioritization/comparison")
    String compare(@RequestParam(name = "runs", required = false) List<Long> runs, Model model) {
        model.addAttribute("comparison", service.compare(runs, CurrentUsers.require()));
        return "territory/prioritization-comparison";
    }

    @GetMapping("/territories/prioritization/runs")
    String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        Long j = jurisdiction == null || jurisdiction.isBlank() ? null
                : service.jurisdictionFor(jurisdiction, user).id();
        model.addAttribute("runs", service.list(j, user, PageRequest.of(page, 25)));
        model.addAttribute("jurisdiction", jurisdiction);
        return "territory/prioritization-runs";
    }
}
