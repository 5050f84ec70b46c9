package org.minga.household.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.platform.Role;
import org.minga.platform.ValidationException;
import org.minga.privacy.Consents;
import org.minga.privacy.PersonalDataAccess;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: households, their members, persons with their authorizations, alerts and field teams. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
class HouseholdPages {

    private final PersonService persons;
    private final CharacterizationService characterizations;
    private final CareService care;
    private final Consents consents;
    private final PersonalDataAccess access;
    private final Jurisdictions jurisdictions;
    private final Territories territories;

    HouseholdPages(PersonService persons, CharacterizationService characterizations, CareService care, Consents consents,
                   PersonalDataAccess access, Jurisdictions jurisdictions, Territories territories) {
        this.persons = persons;
        this.characterizations = characterizations;
        this.care = care;
        this.consents = consents;
        this.access = access;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem householdsNavigation() {
            return NavigationItem.needing("households", "Hogares y personas", "/households", 40, Capability.READ_PERSONAL_DATA);
        }

        @Bean
        NavigationItem alertsNavigation() {
            return NavigationItem.needing("alerts", "Alertas", "/alerts", 41, Capability.READ_PERSONAL_DATA);
        }

        @Bean
        NavigationItem teamsNavigation() {
            return new NavigationItem("field-teams", "Equipos extramurales", "/field-teams", 42, java.util.Set.of(
                    Role.ADMINISTRATOR, Role.DISTRICT, Role.ZONAL, Role.LOCAL, Role.FIELD_TEAM, Role.READ_ONLY));
        }
    }

    static boolean canWrite(CurrentUser user) {
        return !user.role().readOnly() && user.role() != Role.PRACTICE_EVALUATOR;
    }

    @GetMapping("/households")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean priority,
                @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("q", q);
        model.addAttribute("priority", priority);
        model.addAttribute("households", persons.households(null, null, priority, q, user, PageRequest.of(page, 50)));
        model.addAttribute("canWrite", canWrite(user));
        return "household/list";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/households/new")
    String newHousehold(Model model) {
        CurrentUser user = CurrentUsers.require();
        PersonService.requireWriter(user);
        Jurisdiction j = defaultJurisdiction(user);
        return householdForm(new HouseholdCommand(j == null ? null : j.code(), null, null, null, null, null, null, null, null,
                false, null, null), List.of(), model);
    }

    private String householdForm(HouseholdCommand form, List<FieldError> errors, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(user));
        model.addAttribute("teams", care.teams(user));
        return "household/household-form";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/households")
    String createHousehold(@ModelAttribute HouseholdCommand form, Model model, RedirectAttributes redirect) {
        try {
            HouseholdView v = persons.createHousehold(form, CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.code());
            return "redirect:/households/" + v.id();
        } catch (ValidationException e) {
            return householdForm(form, e.errors(), model);
        }
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        HouseholdView h = persons.viewHousehold(id, user);
        model.addAttribute("household", h);
        model.addAttribute("members", persons.members(id));
        model.addAttribute("sheets", characterizations.ofHousehold(id).stream()
                .map(c -> AnswerSheet.of(c, c.personId() == null ? null : persons.person(c.personId()).fullName())).toList());
        model.addAttribute("alerts", care.alerts(null, null, null, id, null, user, PageRequest.of(0, 100)).items());
        List<CareService.CarePlanView> plans = care.plans(id, null, user, PageRequest.of(0, 20)).items();
        model.addAttribute("plans", plans);
        model.addAttribute("hasActivePlan", plans.stream().anyMatch(p -> "ACTIVO".equals(p.status())));
        model.addAttribute("canWrite", canWrite(user));
        return "household/household";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/households/{id}/persons/new")
    String newPerson(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        PersonService.requireWriter(user);
        persons.householdRow(id, user);
        return personForm(id, new PersonCommand(id, null, null, "CC", null, null, null, null, null, null, null, null,
                "NINGUNA", false, false, null, null, null, null, null), List.of(), model);
    }

    private String personForm(long householdId, PersonCommand form, List<FieldError> errors, Model model) {
        model.addAttribute("household", persons.household(householdId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("documentTypes", org.minga.household.DocumentType.values());
        model.addAttribute("relations", new java.util.TreeSet<>(PersonService.RELATIONS));
        model.addAttribute("ethnicities", new java.util.TreeSet<>(PersonService.ETHNICITIES));
        return "household/person-form";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/households/{id}/persons")
    String createPerson(@PathVariable long id, @ModelAttribute PersonCommand form, Model model, RedirectAttributes redirect) {
        PersonCommand c = new PersonCommand(id, form.relation(), null, form.documentType(), form.documentNumber(),
                form.firstName(), form.middleName(), form.lastName(), form.secondLastName(), form.birthDate(), form.sex(),
                form.genderIdentity(), form.ethnicity(), form.disability(), form.disabilityCertified(),
                form.populationGroups(), form.phone(), form.email(), form.authorization(), null);
        try {
            PersonView v = persons.createPerson(c, CurrentUsers.require());
            redirect.addFlashAttribute("saved", v.fullName());
            return "redirect:/households/" + id;
        } catch (ValidationException e) {
            return personForm(id, c, e.errors(), model);
        }
    }

    @GetMapping("/persons/{id}")
    String person(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        PersonView p = persons.viewPerson(id, user);
        org.minga.platform.Times.useJurisdiction(p.jurisdictionId());
        model.addAttribute("person", p);
        model.addAttribute("authorizations", consents.ofPerson(id));
        model.addAttribute("duplicates", persons.probableDuplicates(id));
        model.addAttribute("alerts", care.alerts(null, null, null, p.householdId(), null, user, PageRequest.of(0, 100))
                .items().stream().filter(a -> a.personId() != null && a.personId() == id).toList());
        boolean admin = user.role() == Role.ADMINISTRATOR;
        boolean mayReadLog = access.mayReadLog(user);
        model.addAttribute("mayReadLog", mayReadLog);
        model.addAttribute("accessLog", mayReadLog ? access.of(PersonalDataAccess.PERSON, id, 50) : List.of());
        model.addAttribute("admin", admin);
        model.addAttribute("canWrite", canWrite(user));
        return "household/person";
    }

    @Requires({Capability.RECORD_PERSONAL_DATA, Capability.PROCESS_DATA_REQUESTS})
    @PostMapping("/persons/{id}/authorizations/{authorization}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long authorization, @RequestParam(required = false) String reason,
                    @RequestParam int version, RedirectAttributes redirect) {
        try {
            consents.withdraw(authorization, reason, version, CurrentUsers.require());
            redirect.addFlashAttribute("withdrawn", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/persons/" + id;
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/persons/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long duplicateId, RedirectAttributes redirect) {
        persons.merge(id, duplicateId, CurrentUsers.require());
        redirect.addFlashAttribute("merged", duplicateId);
        return "redirect:/persons/" + id;
    }

    @GetMapping("/alerts")
    String alerts(@RequestParam(required = false) String status, @RequestParam(required = false) String severity,
                  @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        String shown = status == null ? "ABIERTA" : status;
        model.addAttribute("status", shown);
        model.addAttribute("severity", severity);
        model.addAttribute("alerts", care.alerts(null, shown.isEmpty() ? null : shown, severity, null, null, user,
                PageRequest.of(page, 50)));
        model.addAttribute("canWrite", canWrite(user));
        return "household/alerts";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/alerts/{id}")
    String updateAlert(@PathVariable long id, @RequestParam String status, @RequestParam(required = false) String note,
                       @RequestParam int version, RedirectAttributes redirect) {
        try {
            care.updateAlert(id, new CareService.AlertUpdate(status, note, null, version), CurrentUsers.require());
            redirect.addFlashAttribute("saved", id);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/alerts";
    }

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/field-teams")
    String teams(Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("teams", care.teams(user));
        model.addAttribute("canManage", user.role().managesTerritory());
        return "household/teams";
    }

    @GetMapping("/field-teams/{id}")
    String workload(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("workload", care.workload(id, CurrentUsers.require(), PageRequest.of(page, 50)));
        model.addAttribute("page", page == null ? 0 : page);
        return "household/workload";
    }

    private Jurisdiction defaultJurisdiction(CurrentUser user) {
        AccessScope scope = territories.scopeOf(user);
        if (scope.jurisdictionId() != null) {
            return jurisdictions.byId(scope.jurisdictionId()).orElse(null);
        }
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        return visible.isEmpty() ? null : visible.get(0);
    }
}
