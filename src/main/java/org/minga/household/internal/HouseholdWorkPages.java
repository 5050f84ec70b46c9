package org.minga.household.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NavigationItem;
import org.minga.platform.Role;
import org.minga.platform.ValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages where users do the household work: characterise a household with an instrument, manage its family
 * care plan, form field teams, define instruments and tune alert rules.
 */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
class HouseholdWorkPages {

    private final PersonService persons;
    private final CharacterizationService characterizations;
    private final CareService care;
    private final Jurisdictions jurisdictions;
    private final ObjectMapper json;

    HouseholdWorkPages(PersonService persons, CharacterizationService characterizations, CareService care,
                       Jurisdictions jurisdictions, ObjectMapper json) {
        this.persons = persons;
        this.characterizations = characterizations;
        this.care = care;
        this.jurisdictions = jurisdictions;
        this.json = json;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem instrumentsNavigation() {
            return new NavigationItem("instruments", "Instrumentos de caracterización", "/instruments", 43,
                    java.util.Set.of(Role.ADMINISTRATOR, Role.DISTRICT));
        }
    }

    static boolean designer(CurrentUser user) {
        return user.role() == Role.ADMINISTRATOR || user.role() == Role.DISTRICT;
    }

    static LocalDate date(String raw, String field, String label, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, label + ": '" + raw + "' no es una fecha (AAAA-MM-DD)."));
            return null;
        }
    }

    // ------------------------------------------------------------------ characterisation

    /** A question as the form shows it, with the values entered so far. */
    record QuestionForm(String code, String text, String type, boolean required, List<String> options, String showIf,
                        String showValue, boolean sensitive, List<String> values) {
        public String value() {
            return values.isEmpty() ? null : values.get(0);
        }

        public boolean has(String v) {
            return values.contains(v);
        }
    }

    record SectionForm(String title, List<QuestionForm> questions) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/households/{id}/characterizations/new")
    String newCharacterization(@PathVariable long id, @RequestParam(required = false) Long instrumentId, Model model) {
        CurrentUser user = CurrentUsers.require();
        PersonService.requireWriter(user);
        persons.householdRow(id, user);
        return characterizationForm(id, instrumentId, null, null, Map.of(), List.of(), model);
    }

    private String characterizationForm(long householdId, Long instrumentId, Long personId, String answeredOn,
                                        Map<String, List<String>> values, List<FieldError> errors, Model model) {
        HouseholdView h = persons.household(householdId);
        List<CharacterizationService.InstrumentView> instruments = characterizations.instruments(h.jurisdictionId());
        model.addAttribute("household", h);
        model.addAttribute("instruments", instruments);
        model.addAttribute("errors", errors);
        CharacterizationService.InstrumentView inst = instrumentId == null ? null
                : instruments.stream().filter(i -> i.id() == instrumentId).findFirst().orElse(null);
        model.addAttribute("instrument", inst);
        if (inst != null) {
            List<SectionForm> sections = new ArrayList<>();
            for (InstrumentDefinition.Section s : inst.definition().sections()) {
                List<QuestionForm> qs = new ArrayList<>();
                for (InstrumentDefinition.Question q : s.questions()) {
                    qs.add(new QuestionForm(q.code(), q.text(), q.type(), q.required(),
                            q.options() == null ? List.of() : q.options(),
                            q.showIf() == null ? null : q.showIf().question(),
                            q.showIf() == null ? null : String.valueOf(q.showIf().equals()), q.sensitive(),
                            values.getOrDefault(q.code(), List.of())));
                }
                sections.add(new SectionForm(s.title(), qs));
            }
            model.addAttribute("sections", sections);
            model.addAttribute("members", persons.members(householdId).stream()
                    .filter(p -> !p.processingStopped() && !p.anonymised() && p.mergedInto() == null).toList());
        }
        model.addAttribute("personId", personId);
        model.addAttribute("answeredOn", answeredOn == null
                ? LocalDate.now(jurisdictions.byId(h.jurisdictionId()).orElseThrow().zoneId()).toString() : answeredOn);
        return "household/characterization-form";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/households/{id}/characterizations")
    String characterize(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                        RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        Long instrumentId = number(params.getFirst("instrumentId"));
        Long personId = number(params.getFirst("personId"));
        String answeredOn = params.getFirst("answeredOn");
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("a.")) {
                values.put(k.substring(2), v.stream().filter(x -> x != null && !x.isBlank()).toList());
            }
        });
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = date(answeredOn, "answeredOn", "Fecha de la caracterización", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            CharacterizationService.InstrumentView inst = instrumentId == null ? null : characterizations.instrument(instrumentId, null);
            Map<String, Object> answers = new LinkedHashMap<>();
            values.forEach((code, v) -> {
                boolean multiple = inst != null && inst.definition().questions().stream()
                        .anyMatch(q -> q.code().equals(code) && "MULTIPLE".equals(q.type()));
                if (multiple) {
                    answers.put(code, v);
                } else if (!v.isEmpty()) {
                    answers.put(code, v.get(0));
                }
            });
            CharacterizationService.CharacterizationView v = characterizations.characterize(
                    new CharacterizationService.CharacterizationCommand(instrumentId, id, personId, on, answers), user);
            redirect.addFlashAttribute("characterized", v.instrumentName());
            return "redirect:/households/" + id + "#characterization-" + v.id();
        } catch (ValidationException e) {
            return characterizationForm(id, instrumentId, personId, answeredOn, values, e.errors(), model);
        }
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/characterizations/{id}")
    String characterization(@PathVariable long id, Model model) {
        CharacterizationService.CharacterizationView c = characterizations.view(id, CurrentUsers.require());
        model.addAttribute("household", persons.household(c.householdId()));
        model.addAttribute("sheet", sheet(c));
        return "household/characterization";
    }

    AnswerSheet sheet(CharacterizationService.CharacterizationView c) {
        return AnswerSheet.of(c, c.personId() == null ? null : persons.person(c.personId()).fullName());
    }

    // ------------------------------------------------------------------ care plans

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/households/{id}/care-plans/new")
    String newPlan(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        PersonService.requireWriter(user);
        persons.householdRow(id, user);
        HouseholdView h = persons.household(id);
        String today = LocalDate.now(jurisdictions.byId(h.jurisdictionId()).orElseThrow().zoneId()).toString();
        return planForm(h, Map.of("startOn", today, "openedOn", today, "status", "PENDIENTE", "responsibleType", "EQUIPO"),
                List.of(), model);
    }

    private String planForm(HouseholdView h, Map<String, String> form, List<FieldError> errors, Model model) {
        model.addAttribute("household", h);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("responsibles", List.of("FAMILIA", "EQUIPO", "ENTIDAD"));
        model.addAttribute("actionStatuses", List.of("PENDIENTE", "EN_CURSO", "CUMPLIDA", "NO_CUMPLIDA"));
        return "household/care-plan-form";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/households/{id}/care-plans")
    String createPlan(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        LocalDate opened = date(form.get("openedOn"), "openedOn", "Fecha de apertura", errors);
        CareService.ActionCommand a = action(form, "actions[0]", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            CareService.CarePlanView p = care.createPlan(new CareService.CarePlanCommand(id, opened, List.of(a)), user);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/care-plans/" + p.id();
        } catch (ValidationException e) {
            persons.householdRow(id, user);
            return planForm(persons.household(id), form, e.errors(), model);
        }
    }

    private static CareService.ActionCommand action(Map<String, String> form, String prefix, List<FieldError> errors) {
        LocalDate start = date(form.get("startOn"), prefix + ".dueOn", "Fecha de inicio", errors);
        LocalDate due = date(form.get("dueOn"), prefix + ".dueOn", "Fecha límite", errors);
        return new CareService.ActionCommand(form.get("need"), form.get("action"), form.get("responsibleType"),
                form.get("responsibleName"), start, due, form.get("status"));
    }

    @GetMapping("/care-plans/{id}")
    String plan(@PathVariable long id, Model model) {
        return planPage(id, null, Map.of(), List.of(), model);
    }

    private String planPage(long id, String failed, Map<String, String> form, List<FieldError> errors, Model model) {
        CurrentUser user = CurrentUsers.require();
        CareService.CarePlanView p = care.plan(id, user);
        HouseholdView h = persons.household(p.householdId());
        String today = LocalDate.now(jurisdictions.byId(h.jurisdictionId()).orElseThrow().zoneId()).toString();
        Map<String, String> values = new LinkedHashMap<>(Map.of("startOn", today, "visitedOn", today, "status", "PENDIENTE",
                "responsibleType", "EQUIPO"));
        values.putAll(form);
        model.addAttribute("plan", p);
        model.addAttribute("household", h);
        model.addAttribute("form", values);
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", List.of());
        model.addAttribute("canWrite", HouseholdPages.canWrite(user) && "ACTIVO".equals(p.status()));
        model.addAttribute("responsibles", List.of("FAMILIA", "EQUIPO", "ENTIDAD"));
        model.addAttribute("actionStatuses", List.of("PENDIENTE", "EN_CURSO", "CUMPLIDA", "NO_CUMPLIDA"));
        return "household/care-plan";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/actions")
    String addAction(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        CareService.ActionCommand a = action(form, "action", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            care.addAction(id, a, CurrentUsers.require());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/care-plans/" + id;
        } catch (ValidationException e) {
            return planPage(id, "action", form, e.errors(), model);
        }
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/actions/{actionId}")
    String setActionStatus(@PathVariable long id, @PathVariable long actionId, @RequestParam String status,
                           @RequestParam int version, Model model, RedirectAttributes redirect) {
        try {
            care.setActionStatus(id, actionId, status, version, CurrentUsers.require());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/care-plans/" + id;
        } catch (ValidationException e) {
            return planPage(id, "status", Map.of(), e.errors(), model);
        }
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/visits")
    String addVisit(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate visited = date(form.get("visitedOn"), "visitedOn", "Fecha de la visita", errors);
        LocalDate next = date(form.get("nextVisitOn"), "nextVisitOn", "Próxima visita", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            care.addVisit(id, new CareService.VisitCommand(visited, form.get("notes"), next), CurrentUsers.require());
            redirect.addFlashAttribute("visited", true);
            return "redirect:/care-plans/" + id;
        } catch (ValidationException e) {
            return planPage(id, "visit", form, e.errors(), model);
        }
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-plans/{id}/close")
    String closePlan(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        care.close(id, version, CurrentUsers.require());
        redirect.addFlashAttribute("closed", true);
        return "redirect:/care-plans/" + id;
    }

    // ------------------------------------------------------------------ field teams

    /** The team form's fields as typed: members one per line ("nombre; perfil; usuario"), territory codes by comma or line. */
    record TeamForm(String jurisdiction, String code, String name, String members, String territoryCodes, Integer version) {
        CareService.TeamCommand command() {
            List<CareService.Member> ms = new ArrayList<>();
            if (members != null) {
                for (String line : members.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] parts = line.split(";", -1);
                    ms.add(new CareService.Member(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
                            parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null));
                }
            }
            List<String> codes = territoryCodes == null ? List.of() : Arrays.stream(territoryCodes.split("[,;\\s]+"))
                    .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            return new CareService.TeamCommand(jurisdiction, code, name, ms, codes);
        }
    }

    private static void requireTeamManager(CurrentUser user) {
        if (!user.role().managesTerritory()) {
            throw new ForbiddenException("Los equipos los conforman los usuarios de gestión territorial.");
        }
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/field-teams/new")
    String newTeam(Model model) {
        CurrentUser user = CurrentUsers.require();
        requireTeamManager(user);
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        return teamForm(null, new TeamForm(visible.isEmpty() ? null : visible.get(0).code(), null, null, null, null, null),
                List.of(), model);
    }

    private String teamForm(Long id, TeamForm form, List<FieldError> errors, Model model) {
        model.addAttribute("teamId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(CurrentUsers.require()));
        return "household/team-form";
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/field-teams")
    String createTeam(TeamForm form, Model model, RedirectAttributes redirect) {
        try {
            CareService.TeamView v = care.createTeam(form.command(), CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.name());
            return "redirect:/field-teams/" + v.id();
        } catch (ValidationException e) {
            return teamForm(null, form, e.errors(), model);
        }
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @GetMapping("/field-teams/{id}/edit")
    String editTeam(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        requireTeamManager(user);
        CareService.TeamView t = care.visibleTeam(id, user);
        StringBuilder members = new StringBuilder();
        t.members().forEach(m -> members.append(m.name()).append("; ").append(m.role())
                .append(m.username() == null ? "" : "; " + m.username()).append('\n'));
        return teamForm(id, new TeamForm(null, t.code(), t.name(), members.toString(),
                String.join(", ", care.teamTerritoryCodes(id)), t.version()), List.of(), model);
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/field-teams/{id}")
    String updateTeam(@PathVariable long id, TeamForm form, Model model, RedirectAttributes redirect) {
        try {
            CareService.TeamView v = care.updateTeam(id, form.command(), form.version() == null ? -1 : form.version(),
                    CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.name());
            return "redirect:/field-teams/" + v.id();
        } catch (ValidationException e) {
            return teamForm(id, form, e.errors(), model);
        }
    }

    // ------------------------------------------------------------------ instruments

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/instruments")
    String instruments(Model model) {
        CurrentUser user = CurrentUsers.require();
        CharacterizationService.requireDesigner(user);
        Map<String, List<CharacterizationService.InstrumentView>> byJurisdiction = new LinkedHashMap<>();
        for (Jurisdiction j : jurisdictions.visibleTo(user)) {
            byJurisdiction.put(j.name(), characterizations.instruments(j.id()));
        }
        model.addAttribute("byJurisdiction", byJurisdiction);
        return "household/instruments";
    }

    record InstrumentForm(String jurisdiction, String code, String name, String subject, String definition, Integer version) {
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/instruments/new")
    String newInstrument(Model model) {
        CurrentUser user = CurrentUsers.require();
        CharacterizationService.requireDesigner(user);
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        String example = pretty(new InstrumentDefinition(List.of(new InstrumentDefinition.Section("Sección 1", List.of(
                new InstrumentDefinition.Question("pregunta_1", "Texto de la pregunta", "YES_NO", true, null, null, false))))));
        return instrumentForm(new InstrumentForm(visible.isEmpty() ? null : visible.get(0).code(), null, null, "HOUSEHOLD",
                example, null), List.of(), model);
    }

    private String instrumentForm(InstrumentForm form, List<FieldError> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(CurrentUsers.require()));
        return "household/instrument-form";
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/instruments")
    String createInstrument(InstrumentForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        CharacterizationService.requireDesigner(user);
        try {
            InstrumentDefinition d = parse(form.definition());
            CharacterizationService.InstrumentView v = characterizations.create(new CharacterizationService.InstrumentCommand(
                    form.jurisdiction(), form.code(), form.name(), form.subject(), d, null), user);
            redirect.addFlashAttribute("saved", v.name());
            return "redirect:/instruments/" + v.id();
        } catch (ValidationException e) {
            return instrumentForm(form, e.errors(), model);
        }
    }

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/instruments/{id}")
    String instrument(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        CurrentUser user = CurrentUsers.require();
        CharacterizationService.requireDesigner(user);
        CharacterizationService.InstrumentView current = visibleInstrument(id, user);
        return instrumentPage(current, version, pretty(current.definition()), List.of(), model);
    }

    private CharacterizationService.InstrumentView visibleInstrument(long id, CurrentUser user) {
        CharacterizationService.InstrumentView v = characterizations.instrument(id, null);
        if (!user.seesJurisdiction(v.jurisdictionId())) {
            throw new ForbiddenException("El instrumento está fuera de su jurisdicción.");
        }
        return v;
    }

    private String instrumentPage(CharacterizationService.InstrumentView current, Integer version, String definition,
                                  List<FieldError> errors, Model model) {
        int shown = version == null || version < 1 || version > current.currentVersion() ? current.currentVersion() : version;
        model.addAttribute("instrument", current);
        model.addAttribute("shown", characterizations.instrument(current.id(), shown));
        model.addAttribute("shownNumber", shown);
        model.addAttribute("versions", java.util.stream.IntStream.rangeClosed(1, current.currentVersion()).boxed().toList());
        model.addAttribute("definition", definition);
        model.addAttribute("errors", errors);
        return "household/instrument";
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/instruments/{id}/versions")
    String publish(@PathVariable long id, @RequestParam(required = false) String definition, @RequestParam int version,
                   Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        CharacterizationService.requireDesigner(user);
        CharacterizationService.InstrumentView current = visibleInstrument(id, user);
        try {
            CharacterizationService.InstrumentView v = characterizations.publish(id, parse(definition), version, user);
            redirect.addFlashAttribute("published", v.currentVersion());
            return "redirect:/instruments/" + id;
        } catch (ValidationException e) {
            return instrumentPage(current, null, definition, e.errors(), model);
        }
    }

    private InstrumentDefinition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("definition", "Escriba la definición del instrumento (JSON con sus secciones y preguntas).");
        }
        try {
            InstrumentDefinition d = json.readValue(text, InstrumentDefinition.class);
            if (d == null) {
                throw new ValidationException("definition", "Escriba la definición del instrumento (JSON con sus secciones y preguntas).");
            }
            return d;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (línea " + e.getLocation().getLineNr() + ", columna "
                    + e.getLocation().getColumnNr() + ")";
            throw new ValidationException("definition", "La definición no es un JSON válido" + where
                    + ": revise comas, comillas y llaves.");
        }
    }

    private String pretty(InstrumentDefinition d) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ alert rules

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/alerts/rules")
    String rules(@RequestParam(required = false) String jurisdiction, Model model) {
        return rulesPage(jurisdiction, null, Map.of(), List.of(), model);
    }

    private String rulesPage(String jurisdiction, Long editing, Map<String, String> submitted, List<FieldError> errors,
                             Model model) {
        CurrentUser user = CurrentUsers.require();
        if (user.role() == Role.PRACTICE_EVALUATOR) {
            throw new ForbiddenException("Su rol no consulta las reglas de alerta.");
        }
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        Jurisdiction j = (jurisdiction == null || jurisdiction.isBlank()) && user.jurisdictionId() == null && !visible.isEmpty()
                ? visible.get(0) : persons.jurisdiction(jurisdiction, user);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (CareService.RuleView r : care.rules(j.id())) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", r.name());
            values.put("severity", r.severity());
            values.put("dueDays", String.valueOf(r.dueDays()));
            values.put("active", String.valueOf(r.active()));
            values.put("version", String.valueOf(r.version()));
            r.params().forEach((k, v) -> values.put("p." + k, String.valueOf(v)));
            if (editing != null && editing == r.id()) {
                values.putAll(submitted);
                values.put("active", String.valueOf(submitted.containsKey("active")));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", r);
            row.put("values", values);
            row.put("params", AlertEngine.PARAMS.getOrDefault(r.kind(), List.of()));
            row.put("errors", editing != null && editing == r.id() ? errors : List.of());
            rules.add(row);
        }
        model.addAttribute("jurisdiction", j);
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("rules", rules);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", designer(user));
        model.addAttribute("canRun", HouseholdPages.canWrite(user));
        model.addAttribute("severities", List.of("BAJA", "MEDIA", "ALTA", "CRITICA"));
        return "household/rules";
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/alerts/rules/{id}")
    String updateRule(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        CareService.RuleView r = care.rule(id, user);
        String code = jurisdictions.byId(r.jurisdictionId()).orElseThrow().code();
        Map<String, String> params = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("p.")) {
                params.put(k.substring(2), v);
            }
        });
        Integer dueDays;
        try {
            dueDays = form.get("dueDays") == null || form.get("dueDays").isBlank() ? null : Integer.valueOf(form.get("dueDays").strip());
        } catch (NumberFormatException e) {
            dueDays = -1;
        }
        try {
            care.updateRule(id, new CareService.RuleUpdate(form.get("name"), params, form.get("severity"), dueDays,
                    form.containsKey("active"), number(form.get("version")) == null ? null : number(form.get("version")).intValue()), user);
            redirect.addFlashAttribute("saved", r.code());
            return "redirect:/alerts/rules?jurisdiction=" + code + "#rule-" + id;
        } catch (ValidationException e) {
            return rulesPage(code, id, form, e.errors(), model);
        }
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/alerts/rules/run")
    String rerun(@RequestParam(required = false) String jurisdiction, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = persons.jurisdiction(jurisdiction, user);
        int opened = care.rerun(j.code(), user);
        redirect.addFlashAttribute("opened", opened);
        return "redirect:/alerts/rules?jurisdiction=" + j.code();
    }
}
